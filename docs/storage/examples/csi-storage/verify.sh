kubectl apply -f pvc-pod.yaml
kubectl wait --for=condition=Ready pod/writer --timeout=180s

kubectl get pvc data \
  -o custom-columns='NAME:.metadata.name,STATUS:.status.phase,CLASS:.spec.storageClassName,SIZE:.status.capacity.storage'

# The AZ the volume was created in: the AZ of the node running writer.
kubectl get pv "$(kubectl get pvc data -o jsonpath='{.spec.volumeName}')" \
  -o jsonpath='{.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]}{"\n"}'
