# Turn on the VPC CNI's network policy support (EKS add-on, VPC CNI 1.14 or later).
# aws-node pods then run a second container, the eBPF network policy agent.
aws eks update-addon \
  --cluster-name my-cluster \
  --addon-name vpc-cni \
  --configuration-values '{"enableNetworkPolicy":"true"}' \
  --resolve-conflicts PRESERVE

# Optional, strict mode: new pods start with default deny until policies apply.
kubectl set env daemonset aws-node -n kube-system -c aws-node NETWORK_POLICY_ENFORCING_MODE=strict

kubectl get pods -n kube-system -l k8s-app=aws-node
kubectl apply -f network-policy.yaml
