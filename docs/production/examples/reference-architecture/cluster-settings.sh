# --8<-- [start:endpoint]
# Private endpoint for nodes, public endpoint only for the office range
aws eks update-cluster-config \
  --name my-cluster \
  --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=true,publicAccessCidrs=203.0.113.0/24
# --8<-- [end:endpoint]

# --8<-- [start:logging]
# Send all five control plane log types to CloudWatch Logs (off by default)
aws eks update-cluster-config \
  --name my-cluster \
  --logging '{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}'
# --8<-- [end:logging]

# --8<-- [start:observability]
# Container Insights: CloudWatch agent and Fluent Bit, credentials via Pod Identity
aws eks create-addon \
  --cluster-name my-cluster \
  --addon-name amazon-cloudwatch-observability \
  --pod-identity-associations serviceAccount=cloudwatch-agent,roleArn=arn:aws:iam::111122223333:role/my-cloudwatch-agent-role
# --8<-- [end:observability]

# --8<-- [start:pod-identity]
# Give the web pods their own IAM role (S3 access), not the node role's
aws eks create-pod-identity-association \
  --cluster-name my-cluster \
  --namespace shop \
  --service-account web \
  --role-arn arn:aws:iam::111122223333:role/shop-web
# --8<-- [end:pod-identity]
