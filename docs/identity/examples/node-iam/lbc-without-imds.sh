# Give the AWS Load Balancer Controller its Region and VPC ID, so it never
# needs to read them from IMDS (which a hop limit of 1 blocks).
helm repo add eks https://aws.github.io/eks-charts
helm upgrade --install aws-load-balancer-controller eks/aws-load-balancer-controller \
  --namespace kube-system \
  --set clusterName=my-cluster \
  --set region=us-west-2 \
  --set vpcId=vpc-0123456789abcdef0
