# Create an EKS cluster that:
#  - places the control plane's cross-account ENIs in three private subnets,
#  - keeps the public endpoint but only for one admin CIDR, and turns on the
#    private endpoint so nodes reach the API server inside the VPC,
#  - authenticates IAM principals with access entries only (no aws-auth),
#  - opts out of extended support: the cluster is auto-upgraded when its
#    version leaves standard support (EXTENDED is the default).
# Without --kubernetes-version, EKS uses its current default version.
aws eks create-cluster \
  --region us-west-2 \
  --name my-cluster \
  --role-arn arn:aws:iam::111122223333:role/myAmazonEKSClusterRole \
  --resources-vpc-config subnetIds=subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002,subnet-0a1b2c3d4e5f60003,endpointPublicAccess=true,endpointPrivateAccess=true,publicAccessCidrs=203.0.113.0/24 \
  --access-config authenticationMode=API,bootstrapClusterCreatorAdminPermissions=true \
  --upgrade-policy supportType=STANDARD

# Creation takes several minutes; wait until the cluster is ACTIVE.
aws eks wait cluster-active --region us-west-2 --name my-cluster
