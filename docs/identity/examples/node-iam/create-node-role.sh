# --8<-- [start:role]
# The node role: trusted by EC2, with the two managed policies every node needs.
aws iam create-role \
  --role-name AmazonEKSNodeRole \
  --assume-role-policy-document file://node-role-trust-policy.json

aws iam attach-role-policy \
  --role-name AmazonEKSNodeRole \
  --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy

aws iam attach-role-policy \
  --role-name AmazonEKSNodeRole \
  --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly
# --8<-- [end:role]

# --8<-- [start:profile]
# Only for self-managed nodes: managed node groups, and Karpenter given
# spec.role, create the instance profile that carries the role for you.
aws iam create-instance-profile \
  --instance-profile-name AmazonEKSNodeRole

aws iam add-role-to-instance-profile \
  --instance-profile-name AmazonEKSNodeRole \
  --role-name AmazonEKSNodeRole
# --8<-- [end:profile]

# --8<-- [start:auto]
# EKS Auto Mode nodes: the same EC2 trust, a smaller worker-node policy.
aws iam create-role \
  --role-name AmazonEKSAutoNodeRole \
  --assume-role-policy-document file://node-role-trust-policy.json

aws iam attach-role-policy \
  --role-name AmazonEKSAutoNodeRole \
  --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodeMinimalPolicy

aws iam attach-role-policy \
  --role-name AmazonEKSAutoNodeRole \
  --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly
# --8<-- [end:auto]
