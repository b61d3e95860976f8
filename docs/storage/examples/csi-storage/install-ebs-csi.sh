# --8<-- [start:role]
# A role for the driver's controller, with the AWS managed policy.
aws iam create-role \
  --role-name AmazonEKS_EBS_CSI_DriverRole \
  --assume-role-policy-document file://ebs-csi-trust-policy.json

aws iam attach-role-policy \
  --role-name AmazonEKS_EBS_CSI_DriverRole \
  --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy
# --8<-- [end:role]

# --8<-- [start:addon]
# The Pod Identity Agent, then the driver with its association in one call.
aws eks create-addon \
  --cluster-name my-cluster \
  --addon-name eks-pod-identity-agent

aws eks create-addon \
  --cluster-name my-cluster \
  --addon-name aws-ebs-csi-driver \
  --pod-identity-associations serviceAccount=ebs-csi-controller-sa,roleArn=arn:aws:iam::111122223333:role/AmazonEKS_EBS_CSI_DriverRole

kubectl apply -f gp3-storageclass.yaml
# --8<-- [end:addon]

# --8<-- [start:irsa]
# With IRSA instead: a role trusted through the cluster's OIDC provider.
aws eks create-addon \
  --cluster-name my-cluster \
  --addon-name aws-ebs-csi-driver \
  --service-account-role-arn arn:aws:iam::111122223333:role/AmazonEKS_EBS_CSI_DriverRole
# --8<-- [end:irsa]

# --8<-- [start:extras]
# Volume snapshots need the snapshot controller and its CRDs.
aws eks create-addon \
  --cluster-name my-cluster \
  --addon-name snapshot-controller

# Shared ReadWriteMany storage: the EFS CSI driver, with a role that has
# the AmazonEFSCSIDriverPolicy managed policy.
aws eks create-addon \
  --cluster-name my-cluster \
  --addon-name aws-efs-csi-driver \
  --service-account-role-arn arn:aws:iam::111122223333:role/AmazonEKS_EFS_CSI_DriverRole
# --8<-- [end:extras]
