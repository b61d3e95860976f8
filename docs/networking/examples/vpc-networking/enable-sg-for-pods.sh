# 1. The cluster role needs AmazonEKSVPCResourceController (it manages trunk and branch ENIs).
cluster_role="$(aws eks describe-cluster --name my-cluster \
  --query cluster.roleArn --output text | cut -d / -f 2)"
aws iam attach-role-policy \
  --policy-arn arn:aws:iam::aws:policy/AmazonEKSVPCResourceController \
  --role-name "$cluster_role"

# 2. Let the VPC CNI manage pod ENIs. Supported nodes get a CNINode object
#    and a trunk ENI (description aws-k8s-trunk-eni).
kubectl set env daemonset aws-node -n kube-system ENABLE_POD_ENI=true
kubectl get cninode -A

# 3. Optional: standard mode. Pod traffic leaving the VPC is then SNATed to the node
#    and filtered by the node's security groups instead of the pod's.
kubectl set env daemonset aws-node -n kube-system POD_SECURITY_GROUP_ENFORCING_MODE=standard

# 4. Apply the policy; only pods created afterwards get a branch ENI.
kubectl apply -f security-group-policy.yaml
kubectl rollout restart deployment payments-api -n payments
aws ec2 describe-network-interfaces \
  --filters Name=description,Values=aws-k8s-branch-eni \
  --query 'NetworkInterfaces[].{eni:NetworkInterfaceId,ip:PrivateIpAddress,sgs:Groups[].GroupId}' \
  --output table
