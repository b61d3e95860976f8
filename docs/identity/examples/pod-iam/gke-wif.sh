# --8<-- [start:enable]
# Standard clusters only: Autopilot has Workload Identity Federation on.
gcloud container clusters update my-cluster \
  --project=my-project \
  --location=us-central1 \
  --workload-pool=my-project.svc.id.goog

gcloud container node-pools update general \
  --project=my-project \
  --cluster=my-cluster \
  --location=us-central1 \
  --workload-metadata=GKE_METADATA
# --8<-- [end:enable]

# --8<-- [start:direct]
# Preferred: grant the role straight to the Kubernetes service account.
kubectl create namespace payments
kubectl apply -f gke-ksa.yaml

PROJECT_NUMBER="$(gcloud projects describe my-project --format='value(projectNumber)')"
gcloud storage buckets add-iam-policy-binding gs://my-app-bucket \
  --role=roles/storage.objectViewer \
  --member="principal://iam.googleapis.com/projects/${PROJECT_NUMBER}/locations/global/workloadIdentityPools/my-project.svc.id.goog/subject/ns/payments/sa/bucket-reader"
# --8<-- [end:direct]

# --8<-- [start:legacy]
# Fallback: let the KSA impersonate a Google service account (GSA), for
# APIs that do not accept the principal:// identifier.
gcloud iam service-accounts create app-reader --project=my-project

gcloud storage buckets add-iam-policy-binding gs://my-app-bucket \
  --role=roles/storage.objectViewer \
  --member="serviceAccount:app-reader@my-project.iam.gserviceaccount.com"

gcloud iam service-accounts add-iam-policy-binding \
  app-reader@my-project.iam.gserviceaccount.com \
  --role=roles/iam.workloadIdentityUser \
  --member="serviceAccount:my-project.svc.id.goog[payments/bucket-reader]"

kubectl annotate serviceaccount bucket-reader \
  --namespace payments \
  iam.gke.io/gcp-service-account=app-reader@my-project.iam.gserviceaccount.com
# --8<-- [end:legacy]
