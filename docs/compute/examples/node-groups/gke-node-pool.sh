# --8<-- [start:create]
# A GKE node pool in a regional cluster. --num-nodes, --min-nodes and
# --max-nodes count nodes PER ZONE: 1 per zone x 3 zones = 3 nodes to start.
gcloud container node-pools create general \
  --project my-project \
  --cluster my-cluster \
  --location us-central1 \
  --node-locations us-central1-a,us-central1-b,us-central1-c \
  --machine-type e2-standard-4 \
  --num-nodes 1 \
  --enable-autoscaling \
  --min-nodes 1 \
  --max-nodes 5 \
  --service-account gke-nodes@my-project.iam.gserviceaccount.com \
  --workload-metadata GKE_METADATA \
  --shielded-secure-boot \
  --shielded-integrity-monitoring \
  --max-surge-upgrade 1 \
  --max-unavailable-upgrade 0
# --8<-- [end:create]

# --8<-- [start:spot]
# A Spot VM pool that may scale to zero, tainted for interruption-tolerant pods.
gcloud container node-pools create spot-batch \
  --project my-project \
  --cluster my-cluster \
  --location us-central1 \
  --machine-type e2-standard-8 \
  --spot \
  --num-nodes 0 \
  --enable-autoscaling \
  --min-nodes 0 \
  --max-nodes 10 \
  --node-taints cloud.google.com/gke-spot=true:NoSchedule
# --8<-- [end:spot]

# --8<-- [start:list]
gcloud container node-pools list \
  --project my-project \
  --cluster my-cluster \
  --location us-central1
# --8<-- [end:list]
