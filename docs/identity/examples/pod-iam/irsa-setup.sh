# --8<-- [start:oidc]
# 1. The cluster's OIDC issuer URL, then an IAM OIDC provider for it.
aws eks describe-cluster \
  --name my-cluster \
  --query 'cluster.identity.oidc.issuer' \
  --output text

eksctl utils associate-iam-oidc-provider --cluster my-cluster --approve
# --8<-- [end:oidc]

# --8<-- [start:role]
# 2. A role that trusts that provider for one service account only.
aws iam create-role \
  --role-name s3-reader \
  --assume-role-policy-document file://irsa-trust-policy.json

aws iam put-role-policy \
  --role-name s3-reader \
  --policy-name s3-read-only \
  --policy-document file://s3-read-only-policy.json

# 3. The annotated service account; pods that use it get the role.
kubectl create namespace payments
kubectl apply -f irsa-serviceaccount.yaml
# --8<-- [end:role]
