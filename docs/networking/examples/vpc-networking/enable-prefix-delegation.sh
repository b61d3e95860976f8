# Prefix delegation: each ENI slot gets a /28 IPv4 prefix (16 addresses) instead of one address.
# Nitro instance types only. The new value of max pods reaches the kubelet only on NEW nodes,
# so create a new node group (or let Karpenter replace nodes) after changing the setting.

# --8<-- [start:addon]
# Recommended when vpc-cni is an EKS add-on: change its configuration, so that
# a later add-on update keeps the setting.
aws eks update-addon \
  --cluster-name my-cluster \
  --addon-name vpc-cni \
  --configuration-values '{"env":{"ENABLE_PREFIX_DELEGATION":"true","WARM_PREFIX_TARGET":"1"}}' \
  --resolve-conflicts PRESERVE
# --8<-- [end:addon]

# --8<-- [start:kubectl]
# Quick way, for a self-managed aws-node DaemonSet or a test cluster.
kubectl set env daemonset aws-node -n kube-system ENABLE_PREFIX_DELEGATION=true
kubectl set env daemonset aws-node -n kube-system WARM_PREFIX_TARGET=1
kubectl rollout status daemonset aws-node -n kube-system
# --8<-- [end:kubectl]
