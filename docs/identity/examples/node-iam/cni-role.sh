# The Pod Identity Agent must run on the nodes (built in on Auto Mode).
aws eks create-addon \
  --cluster-name my-cluster \
  --addon-name eks-pod-identity-agent

# A role only the aws-node service account can use, with the CNI policy.
aws iam create-role \
  --role-name AmazonEKSVPCCNIRole \
  --assume-role-policy-document file://cni-role-trust-policy.json

aws iam attach-role-policy \
  --role-name AmazonEKSVPCCNIRole \
  --policy-arn arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy

# Let the vpc-cni add-on create the association for its service account.
aws eks update-addon \
  --cluster-name my-cluster \
  --addon-name vpc-cni \
  --pod-identity-associations serviceAccount=aws-node,roleArn=arn:aws:iam::111122223333:role/AmazonEKSVPCCNIRole

# Restart aws-node so it picks up the new credentials, check that new pods
# still get IP addresses, and only then take the policy off the node role.
kubectl -n kube-system rollout restart daemonset aws-node

aws iam detach-role-policy \
  --role-name AmazonEKSNodeRole \
  --policy-arn arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy
