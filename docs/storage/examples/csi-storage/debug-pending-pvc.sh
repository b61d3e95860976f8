# --8<-- [start:k8s]
# What does the claim say, and what happened to it?
kubectl describe pvc data
kubectl get events --field-selector involvedObject.name=data --sort-by=.lastTimestamp

# Is there a class, is one the default, and is the driver registered?
kubectl get storageclass
kubectl get csidrivers
kubectl -n kube-system get deployment ebs-csi-controller
kubectl -n kube-system get daemonset ebs-csi-node

# The controller's view: provisioning and AWS API errors.
kubectl -n kube-system logs deployment/ebs-csi-controller -c csi-provisioner --tail=50
kubectl -n kube-system logs deployment/ebs-csi-controller -c ebs-plugin --tail=50
# --8<-- [end:k8s]

# --8<-- [start:aws]
# Is the add-on healthy, and does its service account have a role?
aws eks describe-addon \
  --cluster-name my-cluster \
  --addon-name aws-ebs-csi-driver \
  --query 'addon.{status: status, issues: health.issues}'

aws eks list-pod-identity-associations \
  --cluster-name my-cluster \
  --namespace kube-system
# --8<-- [end:aws]

# --8<-- [start:zones]
# Volume AZ against node AZs: a bound volume pins its pod to one zone.
kubectl get pv -o custom-columns='NAME:.metadata.name,CLAIM:.spec.claimRef.name,ZONE:.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]'
kubectl get nodes -L topology.kubernetes.io/zone
# --8<-- [end:zones]
