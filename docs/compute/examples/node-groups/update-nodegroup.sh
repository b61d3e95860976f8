# --8<-- [start:version]
# Roll the node group to the latest AMI release for the cluster's version.
# EKS launches new nodes, drains old ones respecting PodDisruptionBudgets,
# and replaces at most updateConfig.maxUnavailable nodes at a time.
aws eks update-nodegroup-version \
  --region us-west-2 \
  --cluster-name my-cluster \
  --nodegroup-name general
# --8<-- [end:version]

# --8<-- [start:config]
# Change size, labels or update settings in place (no node replacement).
aws eks update-nodegroup-config \
  --region us-west-2 \
  --cluster-name my-cluster \
  --nodegroup-name general \
  --scaling-config minSize=3,maxSize=20,desiredSize=4 \
  --labels 'addOrUpdateLabels={tier=general}'
# --8<-- [end:config]
