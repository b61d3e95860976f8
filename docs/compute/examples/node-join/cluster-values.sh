# The values a NodeConfig needs: API endpoint, cluster CA (base64) and the
# service CIDR (nodeadm derives the cluster DNS address from it).
aws eks describe-cluster \
  --region us-west-2 \
  --name my-cluster \
  --query 'cluster.{apiServerEndpoint: endpoint, certificateAuthority: certificateAuthority.data, cidr: kubernetesNetworkConfig.serviceIpv4Cidr}'
