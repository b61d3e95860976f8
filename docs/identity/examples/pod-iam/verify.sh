# --8<-- [start:env]
# Which credential source did the pod get?
kubectl -n payments exec deploy/s3-reader -- env | grep '^AWS_'
# --8<-- [end:env]

# --8<-- [start:whoami]
# Which role does the SDK end up with?
kubectl -n payments exec deploy/s3-reader -- aws sts get-caller-identity
# --8<-- [end:whoami]

# --8<-- [start:list]
aws eks list-pod-identity-associations --cluster-name my-cluster --namespace payments
# --8<-- [end:list]
