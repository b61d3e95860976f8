# Pods in the "batch" namespace run on Fargate: one pod per isolated
# compute unit, in the private subnets you list, with no nodes to manage.
aws eks create-fargate-profile \
  --region us-west-2 \
  --cluster-name my-cluster \
  --fargate-profile-name batch \
  --pod-execution-role-arn arn:aws:iam::111122223333:role/AmazonEKSFargatePodExecutionRole \
  --subnets subnet-0a1b2c3d4e5f60001 subnet-0a1b2c3d4e5f60002 \
  --selectors namespace=batch
