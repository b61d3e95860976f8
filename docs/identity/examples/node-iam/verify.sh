# --8<-- [start:policies]
aws iam list-attached-role-policies \
  --role-name AmazonEKSNodeRole \
  --query 'AttachedPolicies[].PolicyName' \
  --output text
# --8<-- [end:policies]

# --8<-- [start:imds]
kubectl run imds-probe --rm -i --restart=Never \
  --image=public.ecr.aws/amazonlinux/amazonlinux:2023 -- \
  sh -c 'curl -s -m 3 -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60" >/dev/null && echo "IMDS reachable" || echo "IMDS blocked"'
# --8<-- [end:imds]
