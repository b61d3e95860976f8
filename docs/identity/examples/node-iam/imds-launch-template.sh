# --8<-- [start:template]
# A launch template that requires IMDSv2 and keeps the hop limit at 1,
# so processes in pod network namespaces cannot get a metadata token.
aws ec2 create-launch-template \
  --launch-template-name my-cluster-nodes \
  --launch-template-data 'MetadataOptions={HttpEndpoint=enabled,HttpTokens=required,HttpPutResponseHopLimit=1}'

aws eks create-nodegroup \
  --cluster-name my-cluster \
  --nodegroup-name general \
  --node-role arn:aws:iam::111122223333:role/AmazonEKSNodeRole \
  --subnets subnet-0123456789abcdef0 subnet-0fedcba9876543210 \
  --launch-template name=my-cluster-nodes,version=1 \
  --ami-type AL2023_x86_64_STANDARD \
  --instance-types m6i.large \
  --scaling-config minSize=2,maxSize=5,desiredSize=3
# --8<-- [end:template]

# --8<-- [start:hop2]
# The exception: a new template version with hop limit 2, for a legacy
# workload that must read IMDS. Every pod on these nodes can then reach
# the node role's credentials, so prefer Pod Identity instead.
aws ec2 create-launch-template-version \
  --launch-template-name my-cluster-nodes \
  --source-version 1 \
  --launch-template-data 'MetadataOptions={HttpEndpoint=enabled,HttpTokens=required,HttpPutResponseHopLimit=2}'
# --8<-- [end:hop2]
