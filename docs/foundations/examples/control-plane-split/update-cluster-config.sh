# --8<-- [start:endpoint]
# Make the API endpoint private only. Run kubectl from inside the VPC (or a
# connected network) afterwards, and keep VPC DNS support and DNS hostnames on.
aws eks update-cluster-config \
  --region us-west-2 \
  --name my-cluster \
  --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true
# --8<-- [end:endpoint]

# --8<-- [start:policy]
# Switch the end-of-standard-support behaviour back to extended support
# (paid per cluster-hour) instead of an automatic upgrade. This only works
# while the cluster's version is still in standard support.
aws eks update-cluster-config \
  --region us-west-2 \
  --name my-cluster \
  --upgrade-policy supportType=EXTENDED
# --8<-- [end:policy]

# --8<-- [start:watch]
# Each change is an asynchronous "update"; list them and check one.
aws eks list-updates --region us-west-2 --name my-cluster
aws eks describe-update \
  --region us-west-2 \
  --name my-cluster \
  --update-id 10bddb13-a71b-425a-b0a6-71cd03e59161
# --8<-- [end:watch]

# --8<-- [start:upgrade]
# You start minor-version upgrades, one minor version at a time (the version
# below is only an example). EKS upgrades the control plane while keeping it
# available; you upgrade nodes and add-ons afterwards.
aws eks update-cluster-version \
  --region us-west-2 \
  --name my-cluster \
  --kubernetes-version 1.35
# --8<-- [end:upgrade]
