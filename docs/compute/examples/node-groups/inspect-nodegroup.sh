# --8<-- [start:aws]
# What EKS built in your account for the node group.
aws eks describe-nodegroup \
  --region us-west-2 \
  --cluster-name my-cluster \
  --nodegroup-name general \
  --query 'nodegroup.{status: status, amiType: amiType, release: releaseVersion, capacity: capacityType, asg: resources.autoScalingGroups[0].name, issues: health.issues}'
# --8<-- [end:aws]

# --8<-- [start:kubectl]
# The labels EKS puts on managed nodes, plus the zone each node landed in.
kubectl get nodes \
  -L eks.amazonaws.com/nodegroup \
  -L eks.amazonaws.com/capacityType \
  -L topology.kubernetes.io/zone
# --8<-- [end:kubectl]
