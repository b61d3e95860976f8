# --8<-- [start:mode]
# Which authentication sources the cluster reads: API (access entries),
# CONFIG_MAP (aws-auth) or API_AND_CONFIG_MAP (both).
aws eks describe-cluster \
  --region us-west-2 \
  --name my-cluster \
  --query cluster.accessConfig.authenticationMode

# Turn access entries on next to aws-auth. This is one way: you can move
# towards API but never back to CONFIG_MAP.
aws eks update-cluster-config \
  --region us-west-2 \
  --name my-cluster \
  --access-config authenticationMode=API_AND_CONFIG_MAP
# --8<-- [end:mode]

# --8<-- [start:create]
# Let a self-managed node role join. EKS maps it to the username
# system:node:{{EC2PrivateDNSName}} and grants node permissions itself, so
# no --kubernetes-groups and no access policy (neither is allowed here).
# The caller needs iam:PassRole on the role.
aws eks create-access-entry \
  --region us-west-2 \
  --cluster-name my-cluster \
  --principal-arn arn:aws:iam::111122223333:role/my-self-managed-node-role \
  --type EC2_LINUX
# --8<-- [end:create]

# --8<-- [start:check]
aws eks list-access-entries \
  --region us-west-2 \
  --cluster-name my-cluster

aws eks describe-access-entry \
  --region us-west-2 \
  --cluster-name my-cluster \
  --principal-arn arn:aws:iam::111122223333:role/my-self-managed-node-role \
  --query 'accessEntry.{type: type, username: username}'
# --8<-- [end:check]
