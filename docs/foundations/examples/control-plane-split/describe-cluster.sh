# Show who owns what: the version and platform version AWS runs for you,
# the endpoint modes, the cluster security group EKS created, the
# authentication mode and the support policy.
aws eks describe-cluster \
  --region us-west-2 \
  --name my-cluster \
  --query '{version: cluster.version, platform: cluster.platformVersion, public: cluster.resourcesVpcConfig.endpointPublicAccess, private: cluster.resourcesVpcConfig.endpointPrivateAccess, clusterSG: cluster.resourcesVpcConfig.clusterSecurityGroupId, auth: cluster.accessConfig.authenticationMode, support: cluster.upgradePolicy.supportType}'
