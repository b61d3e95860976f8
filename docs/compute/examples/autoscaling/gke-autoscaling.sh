# --8<-- [start:nodepool]
# A node pool the GKE cluster autoscaler may resize between 3 and 30 nodes in
# total, balancing new nodes across the cluster's zones.
gcloud container node-pools create general \
  --cluster my-cluster \
  --location us-central1 \
  --machine-type e2-standard-4 \
  --num-nodes 1 \
  --enable-autoscaling \
  --total-min-nodes 3 \
  --total-max-nodes 30 \
  --location-policy BALANCED
# --8<-- [end:nodepool]

# --8<-- [start:profile]
# Remove unneeded nodes sooner (the default profile is balanced).
gcloud container clusters update my-cluster \
  --location us-central1 \
  --autoscaling-profile optimize-utilization
# --8<-- [end:profile]

# --8<-- [start:nap]
# Node auto-provisioning: GKE may create and delete whole node pools,
# within cluster-wide CPU and memory (GB) limits.
gcloud container clusters update my-cluster \
  --location us-central1 \
  --enable-autoprovisioning \
  --max-cpu 200 \
  --max-memory 800
# --8<-- [end:nap]
