# A subnet with a primary range for nodes and two secondary ranges: Pods and Services.
gcloud compute networks subnets create gke-us-central1 \
  --project=my-project \
  --network=my-vpc \
  --region=us-central1 \
  --range=10.10.0.0/20 \
  --secondary-range=pods=10.64.0.0/14,services=10.80.0.0/20

# A VPC-native (alias IP) Standard cluster with GKE Dataplane V2.
gcloud container clusters create my-cluster \
  --project=my-project \
  --location=us-central1 \
  --network=my-vpc \
  --subnetwork=gke-us-central1 \
  --enable-ip-alias \
  --cluster-secondary-range-name=pods \
  --services-secondary-range-name=services \
  --enable-dataplane-v2 \
  --release-channel=regular

# Pod IPs come from the pods range; each node owns an alias range of it.
kubectl get nodes -o custom-columns='NODE:.metadata.name,POD_CIDR:.spec.podCIDR'
