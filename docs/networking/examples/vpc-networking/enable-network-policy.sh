# Turn on the VPC CNI's network policy support (EKS add-on, VPC CNI 1.14 or later).
# The network policy agent container in the aws-node pods then enforces policies with eBPF.
aws eks update-addon \
  --cluster-name my-cluster \
  --addon-name vpc-cni \
  --configuration-values '{"enableNetworkPolicy":"true"}' \
  --resolve-conflicts PRESERVE

# Optional, strict mode: new pods start with default deny until policies apply.
# Set it in the add-on configuration, so that a later add-on update keeps it.
aws eks update-addon \
  --cluster-name my-cluster \
  --addon-name vpc-cni \
  --configuration-values '{"enableNetworkPolicy":"true","env":{"NETWORK_POLICY_ENFORCING_MODE":"strict"}}' \
  --resolve-conflicts PRESERVE

kubectl get pods -n kube-system -l k8s-app=aws-node
kubectl apply -f network-policy.yaml
