# Debug a node that never appears, or never becomes Ready.
NODE="ip-10-0-11-23.us-west-2.compute.internal"
INSTANCE_ID="i-0123456789abcdef0"

# --8<-- [start:cluster]
# 1. Did the Node object appear, and with which addresses and version?
kubectl get nodes -o wide

# 2. Conditions, taints and events: NetworkReady false points at the CNI;
#    a node.cloudprovider.kubernetes.io/uninitialized taint that stays
#    points at the cloud controller manager.
kubectl describe node "$NODE"

# 3. Pending kubelet-serving CSRs break kubectl logs and exec.
kubectl get csr

# 4. The VPC CNI on that node: is aws-node running, and what does it say?
kubectl -n kube-system get pods -l k8s-app=aws-node -o wide
kubectl -n kube-system logs -l k8s-app=aws-node -c aws-node --tail 50
# --8<-- [end:cluster]

# --8<-- [start:aws]
# 5. Did the instance launch, and did EKS report a problem?
aws eks describe-nodegroup \
  --region us-west-2 \
  --cluster-name my-cluster \
  --nodegroup-name general \
  --query nodegroup.health.issues

# 6. Boot messages, without logging in to the instance.
aws ec2 get-console-output \
  --region us-west-2 \
  --instance-id "$INSTANCE_ID" \
  --latest \
  --output text

# 7. Is the node role allowed in? (Compare with the instance profile's role.)
aws eks list-access-entries \
  --region us-west-2 \
  --cluster-name my-cluster
# --8<-- [end:aws]

# --8<-- [start:node]
# 8. On the node (for example through Session Manager): nodeadm and kubelet logs.
sudo journalctl -u 'nodeadm*' --no-pager
sudo journalctl -u kubelet --no-pager -n 100
# --8<-- [end:node]
