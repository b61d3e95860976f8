# A dedicated, minimal service account for GKE nodes.
gcloud iam service-accounts create gke-nodes \
  --project=my-project \
  --display-name="GKE nodes"

gcloud projects add-iam-policy-binding my-project \
  --member="serviceAccount:gke-nodes@my-project.iam.gserviceaccount.com" \
  --role="roles/container.defaultNodeServiceAccount"

# Only if nodes pull private images: read access to that one repository.
gcloud artifacts repositories add-iam-policy-binding my-repo \
  --location=us-central1 \
  --member="serviceAccount:gke-nodes@my-project.iam.gserviceaccount.com" \
  --role="roles/artifactregistry.reader"

# A node pool that runs as it. GKE_METADATA needs Workload Identity
# Federation enabled on the cluster (--workload-pool=my-project.svc.id.goog).
gcloud container node-pools create general \
  --project=my-project \
  --cluster=my-cluster \
  --location=us-central1 \
  --service-account=gke-nodes@my-project.iam.gserviceaccount.com \
  --workload-metadata=GKE_METADATA
