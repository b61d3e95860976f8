VPC_ID="vpc-0123456789abcdef0"

# --8<-- [start:subnets]
# 1. Add a secondary CIDR from 100.64.0.0/10 to the VPC and carve one pod subnet per AZ.
aws ec2 associate-vpc-cidr-block --vpc-id "$VPC_ID" --cidr-block 100.64.0.0/16
aws ec2 create-subnet --vpc-id "$VPC_ID" \
  --availability-zone us-west-2a --cidr-block 100.64.0.0/18 \
  --tag-specifications 'ResourceType=subnet,Tags=[{Key=Name,Value=my-cluster-pods-us-west-2a}]'
aws ec2 create-subnet --vpc-id "$VPC_ID" \
  --availability-zone us-west-2b --cidr-block 100.64.64.0/18 \
  --tag-specifications 'ResourceType=subnet,Tags=[{Key=Name,Value=my-cluster-pods-us-west-2b}]'
aws ec2 create-subnet --vpc-id "$VPC_ID" \
  --availability-zone us-west-2c --cidr-block 100.64.128.0/18 \
  --tag-specifications 'ResourceType=subnet,Tags=[{Key=Name,Value=my-cluster-pods-us-west-2c}]'
# (Associate the new subnets with the private route tables of their AZ.)
# --8<-- [end:subnets]

# --8<-- [start:enable]
# 2. Custom networking: secondary ENIs come from the ENIConfig named after the node's zone.
kubectl set env daemonset aws-node -n kube-system AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG=true
kubectl set env daemonset aws-node -n kube-system ENI_CONFIG_LABEL_DEF=topology.kubernetes.io/zone
kubectl apply -f eniconfig.yaml
# 3. Replace the nodes: only nodes launched after this point use the pod subnets.
# --8<-- [end:enable]

# --8<-- [start:discovery]
# Simpler alternative when you only need more addresses: subnet discovery (VPC CNI 1.18+,
# on by default). Tag extra subnets in the same AZs; no ENIConfig, no node replacement.
aws ec2 create-tags --resources subnet-0a1b2c3d4e5f60001 subnet-0a1b2c3d4e5f60002 \
  --tags Key=kubernetes.io/role/cni,Value=1
# --8<-- [end:discovery]
