kubectl create namespace shop
kubectl apply -f nlb-ip-service.yaml

# The class the webhook set (or you set), then the address once the NLB exists.
kubectl get service web -n shop -o jsonpath='{.spec.loadBalancerClass}{"\n"}'
kubectl get service web -n shop --watch   # Ctrl-C once EXTERNAL-IP shows a DNS name

# The DNS name the controller wrote into the status.
kubectl get service web -n shop \
  -o jsonpath='{.status.loadBalancer.ingress[0].hostname}{"\n"}'

# Events explain a missing address: subnets, IAM, quota, an unknown class...
kubectl describe service web -n shop

# The TargetGroupBinding the controller created, and target health in AWS.
kubectl get targetgroupbindings -n shop
TG_ARN="$(kubectl get targetgroupbindings -n shop \
  -o jsonpath='{.items[0].spec.targetGroupARN}')"
aws elbv2 describe-target-health --target-group-arn "$TG_ARN" \
  --query 'TargetHealthDescriptions[].{target:Target.Id,port:Target.Port,state:TargetHealth.State}' \
  --output table
