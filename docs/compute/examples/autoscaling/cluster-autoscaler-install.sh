# Cluster Autoscaler for EKS managed node groups, with IAM through EKS Pod Identity.
# Prerequisites: the eks-pod-identity-agent add-on, and an IAM role that trusts
# pods.eks.amazonaws.com (sts:AssumeRole and sts:TagSession).

# --8<-- [start:iam]
# 1. The permissions CA needs: describe node groups, change desired capacity.
aws iam create-policy \
  --policy-name ClusterAutoscaler-my-cluster \
  --policy-document file://cluster-autoscaler-policy.json

aws iam attach-role-policy \
  --role-name ClusterAutoscaler-my-cluster \
  --policy-arn arn:aws:iam::111122223333:policy/ClusterAutoscaler-my-cluster

# 2. Bind the role to CA's service account.
aws eks create-pod-identity-association \
  --cluster-name my-cluster \
  --namespace kube-system \
  --service-account cluster-autoscaler \
  --role-arn arn:aws:iam::111122223333:role/ClusterAutoscaler-my-cluster
# --8<-- [end:iam]

# --8<-- [start:helm]
# 3. Install CA. Its minor version must match the cluster's Kubernetes minor
#    version, for example a v1.35.x image for a 1.35 cluster.
CA_IMAGE_TAG="${CA_IMAGE_TAG:?set CA_IMAGE_TAG to the v1.MINOR.PATCH release for your cluster}"

helm repo add autoscaler https://kubernetes.github.io/autoscaler
helm repo update

helm upgrade --install cluster-autoscaler autoscaler/cluster-autoscaler \
  --namespace kube-system \
  --set cloudProvider=aws \
  --set awsRegion=us-west-2 \
  --set autoDiscovery.clusterName=my-cluster \
  --set rbac.serviceAccount.name=cluster-autoscaler \
  --set image.tag="${CA_IMAGE_TAG}" \
  --set extraArgs.balance-similar-node-groups=true \
  --set extraArgs.expander=least-waste \
  --set extraArgs.scale-down-unneeded-time=10m \
  --set extraArgs.scale-down-utilization-threshold=0.5
# --8<-- [end:helm]
