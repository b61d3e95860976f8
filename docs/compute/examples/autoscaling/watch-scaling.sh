# --8<-- [start:scale]
# Create the test workload, then ask for ten pods that do not fit yet.
kubectl apply -f inflate.yaml
kubectl scale deployment inflate --replicas 10
kubectl get pods -l app=inflate
# --8<-- [end:scale]

# --8<-- [start:karpenter]
# Karpenter and EKS Auto Mode: one NodeClaim per node being launched.
kubectl get nodepools
kubectl get nodeclaims
kubectl get events -A --field-selector involvedObject.kind=NodeClaim
kubectl get nodes -L karpenter.sh/nodepool,node.kubernetes.io/instance-type,topology.kubernetes.io/zone
# --8<-- [end:karpenter]

# --8<-- [start:ca]
# Cluster Autoscaler: scale-up events on the pods, and CA's own status report.
kubectl get events -A --field-selector reason=TriggeredScaleUp
kubectl get events -A --field-selector reason=NotTriggerScaleUp
kubectl -n kube-system get configmap cluster-autoscaler-status -o yaml
kubectl -n kube-system logs -l app.kubernetes.io/name=aws-cluster-autoscaler --tail 50
# --8<-- [end:ca]

# --8<-- [start:cleanup]
# Scale back to zero; consolidation or scale-down removes the empty nodes.
kubectl scale deployment inflate --replicas 0
# --8<-- [end:cleanup]
