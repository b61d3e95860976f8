# --8<-- [start:standard]
# A regional GKE Standard cluster: the control plane is replicated across
# zones of us-central1, and --num-nodes is per zone (3 zones x 1 = 3 nodes).
gcloud container clusters create my-cluster \
  --project my-project \
  --location us-central1 \
  --release-channel regular \
  --machine-type e2-standard-4 \
  --num-nodes 1 \
  --workload-pool my-project.svc.id.goog
# --8<-- [end:standard]

# --8<-- [start:autopilot]
# An Autopilot cluster (always regional): Google also manages the nodes.
gcloud container clusters create-auto my-autopilot \
  --project my-project \
  --location us-central1 \
  --release-channel regular
# --8<-- [end:autopilot]

# --8<-- [start:describe]
gcloud container clusters describe my-cluster \
  --project my-project \
  --location us-central1 \
  --format 'value(location,releaseChannel.channel,currentMasterVersion)'
# --8<-- [end:describe]
