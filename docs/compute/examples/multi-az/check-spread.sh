# --8<-- [start:nodes]
# Which zone (name and ID) each node is in.
kubectl get nodes -L topology.kubernetes.io/zone,topology.k8s.aws/zone-id
# --8<-- [end:nodes]

# --8<-- [start:pods]
# Where the replicas landed, and the PDB's current allowance.
kubectl apply -f web-spread.yaml
kubectl get pods -l app=web -o wide
kubectl get pdb web
# --8<-- [end:pods]

# --8<-- [start:pv]
# Which zone each persistent volume is pinned to.
kubectl get pv -o custom-columns='NAME:.metadata.name,CLAIM:.spec.claimRef.name,ZONE:.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]'
# --8<-- [end:pv]
