# The node you want to look at (kubectl get nodes lists them).
NODE_NAME="ip-192-168-12-34.us-west-2.compute.internal"

# VPC CNI version, then the settings that shape IP allocation.
kubectl describe daemonset aws-node -n kube-system | grep amazon-k8s-cni:
kubectl get daemonset aws-node -n kube-system \
  -o jsonpath='{range .spec.template.spec.containers[?(@.name=="aws-node")].env[*]}{.name}={.value}{"\n"}{end}' \
  | grep -E 'PREFIX|WARM|MINIMUM|POD_ENI|CUSTOM_NETWORK|EXTERNALSNAT|SUBNET_DISCOVERY'

# Max pods per node, as the kubelet advertises it.
kubectl get nodes \
  -o custom-columns='NODE:.metadata.name,TYPE:.metadata.labels.node\.kubernetes\.io/instance-type,MAX_PODS:.status.allocatable.pods'

# Pod IPs on that node: real VPC addresses.
kubectl get pods -A -o wide --field-selector spec.nodeName="$NODE_NAME"

# The ENIs, secondary IPs and /28 prefixes that the instance holds.
INSTANCE_ID="$(kubectl get node "$NODE_NAME" -o jsonpath='{.spec.providerID}' | cut -d / -f 5)"
aws ec2 describe-network-interfaces \
  --filters Name=attachment.instance-id,Values="$INSTANCE_ID" \
  --query 'NetworkInterfaces[].{eni:NetworkInterfaceId,subnet:SubnetId,ips:length(PrivateIpAddresses),prefixes:Ipv4Prefixes[].Ipv4Prefix}' \
  --output table
