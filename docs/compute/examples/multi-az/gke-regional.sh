# A regional GKE Standard cluster: control plane replicas in several zones,
# and one node per zone in each of three zones (three nodes in total).
gcloud container clusters create my-cluster \
  --location us-central1 \
  --node-locations us-central1-a,us-central1-b,us-central1-c \
  --num-nodes 1 \
  --release-channel regular
