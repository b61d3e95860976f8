# Install Karpenter with Helm. The SQS queue named here receives Spot
# interruption warnings and other EC2 events through EventBridge rules; the
# queue, the rules and both IAM roles come from the Karpenter getting-started
# CloudFormation template. Set KARPENTER_VERSION from the Karpenter releases page.
KARPENTER_VERSION="${KARPENTER_VERSION:?set KARPENTER_VERSION, for example from the Karpenter releases page}"

helm upgrade --install karpenter oci://public.ecr.aws/karpenter/karpenter \
  --version "${KARPENTER_VERSION}" \
  --namespace kube-system \
  --set settings.clusterName=my-cluster \
  --set settings.interruptionQueue=my-cluster \
  --wait
