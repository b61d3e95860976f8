# The controller release you install (v3.5.0 was released in August 2026). Check the
# release notes for a newer one: https://github.com/kubernetes-sigs/aws-load-balancer-controller/releases
LBC_VERSION="v3.5.0"

# --8<-- [start:iam]
# 1. The controller's IAM policy, from the same release as the controller.
curl -fsSLo lbc-iam-policy.json \
  "https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/${LBC_VERSION}/docs/install/iam_policy.json"
aws iam create-policy \
  --policy-name AWSLoadBalancerControllerIAMPolicy \
  --policy-document "$(cat lbc-iam-policy.json)"

# 2. EKS Pod Identity (needs the eks-pod-identity-agent add-on): a role that
#    trusts pods.eks.amazonaws.com, associated with the controller's service account.
aws iam create-role \
  --role-name AmazonEKSLoadBalancerControllerRole \
  --assume-role-policy-document file://lbc-pod-identity-trust-policy.json
aws iam attach-role-policy \
  --role-name AmazonEKSLoadBalancerControllerRole \
  --policy-arn arn:aws:iam::111122223333:policy/AWSLoadBalancerControllerIAMPolicy
aws eks create-pod-identity-association \
  --cluster-name my-cluster \
  --namespace kube-system \
  --service-account aws-load-balancer-controller \
  --role-arn arn:aws:iam::111122223333:role/AmazonEKSLoadBalancerControllerRole
# --8<-- [end:iam]

# --8<-- [start:helm]
# 3. The Helm chart. Pin the chart version whose APP VERSION is the release above.
helm repo add eks https://aws.github.io/eks-charts
helm repo update eks
CHART_VERSION="$(helm search repo eks/aws-load-balancer-controller --versions -o json \
  | jq -r --arg v "$LBC_VERSION" '[.[] | select(.app_version == $v)][0].version')"

# region and vpcId spare the controller from reading IMDS, which pods can't reach
# on nodes with an IMDSv2 hop limit of 1 (the default for AL2023 managed node groups).
helm upgrade --install aws-load-balancer-controller eks/aws-load-balancer-controller \
  --namespace kube-system \
  --version "$CHART_VERSION" \
  --set clusterName=my-cluster \
  --set serviceAccount.create=true \
  --set serviceAccount.name=aws-load-balancer-controller \
  --set region=us-west-2 \
  --set vpcId=vpc-0123456789abcdef0

kubectl rollout status deployment aws-load-balancer-controller -n kube-system
kubectl get ingressclass alb
# --8<-- [end:helm]
