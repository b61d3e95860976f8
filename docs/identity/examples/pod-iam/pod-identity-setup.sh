# --8<-- [start:agent]
# 1. The agent DaemonSet (built in on EKS Auto Mode).
aws eks create-addon \
  --cluster-name my-cluster \
  --addon-name eks-pod-identity-agent
# --8<-- [end:agent]

# --8<-- [start:role]
# 2. A role that trusts the EKS Pod Identity service principal.
aws iam create-role \
  --role-name s3-reader \
  --assume-role-policy-document file://pod-identity-trust-policy.json

aws iam put-role-policy \
  --role-name s3-reader \
  --policy-name s3-read-only \
  --policy-document file://s3-read-only-policy.json
# --8<-- [end:role]

# --8<-- [start:association]
# 3. The association, made through the EKS API: nothing to annotate.
aws eks create-pod-identity-association \
  --cluster-name my-cluster \
  --namespace payments \
  --service-account s3-reader \
  --role-arn arn:aws:iam::111122223333:role/s3-reader

kubectl create namespace payments
kubectl apply -f pod-identity-app.yaml
# --8<-- [end:association]

# --8<-- [start:cross-account]
# Cross-account: the association's role (same account as the cluster)
# chains into a role in another account.
aws eks create-pod-identity-association \
  --cluster-name my-cluster \
  --namespace payments \
  --service-account reports \
  --role-arn arn:aws:iam::111122223333:role/reports-source \
  --target-role-arn arn:aws:iam::444455556666:role/reports-reader
# --8<-- [end:cross-account]
