kubectl apply -f alb-ingress.yaml

# The ALB's DNS name appears in the Ingress status after a minute or two.
kubectl get ingress shop -n shop --watch   # Ctrl-C once ADDRESS shows a DNS name
ALB_DNS="$(kubectl get ingress shop -n shop \
  -o jsonpath='{.status.loadBalancer.ingress[0].hostname}')"

# HTTP is redirected to HTTPS; HTTPS reaches the pods.
curl -sI -H 'Host: shop.example.com' "http://${ALB_DNS}/"
curl -sI "https://shop.example.com/api/"

# One TargetGroupBinding per backend Service; events explain failures.
kubectl get targetgroupbindings -n shop
kubectl describe ingress shop -n shop

# Pod readiness gates: label the namespace, then restart the Deployments.
kubectl label namespace shop elbv2.k8s.aws/pod-readiness-gate-inject=enabled
kubectl rollout restart deployment web api -n shop
kubectl get pods -n shop -o wide
