# --8<-- [start:on-demand]
# A managed node group of On-Demand AL2023 nodes in three private subnets.
# --subnets and --node-role are required; EKS creates the Auto Scaling group
# and a launch template in your account. Labels and taints apply to every node.
aws eks create-nodegroup \
  --region us-west-2 \
  --cluster-name my-cluster \
  --nodegroup-name general \
  --node-role arn:aws:iam::111122223333:role/AmazonEKSNodeRole \
  --subnets subnet-0a1b2c3d4e5f60001 subnet-0a1b2c3d4e5f60002 subnet-0a1b2c3d4e5f60003 \
  --ami-type AL2023_x86_64_STANDARD \
  --capacity-type ON_DEMAND \
  --instance-types m7i.large m6i.large \
  --scaling-config minSize=3,maxSize=12,desiredSize=3 \
  --update-config maxUnavailable=1 \
  --node-repair-config enabled=true \
  --labels team=platform \
  --tags team=platform
# --8<-- [end:on-demand]

# --8<-- [start:spot]
# A Spot node group: several instance types of the same size widen the Spot
# pools; EKS uses price-capacity-optimized allocation and capacity rebalancing.
# The taint keeps pods off unless they tolerate interruptions.
aws eks create-nodegroup \
  --region us-west-2 \
  --cluster-name my-cluster \
  --nodegroup-name spot-batch \
  --node-role arn:aws:iam::111122223333:role/AmazonEKSNodeRole \
  --subnets subnet-0a1b2c3d4e5f60001 subnet-0a1b2c3d4e5f60002 subnet-0a1b2c3d4e5f60003 \
  --ami-type AL2023_ARM_64_STANDARD \
  --capacity-type SPOT \
  --instance-types m7g.xlarge m6g.xlarge c7g.2xlarge \
  --scaling-config minSize=0,maxSize=20,desiredSize=0 \
  --update-config maxUnavailablePercentage=33 \
  --taints key=spot,value=true,effect=NO_SCHEDULE
# --8<-- [end:spot]

# --8<-- [start:wait]
aws eks wait nodegroup-active \
  --region us-west-2 \
  --cluster-name my-cluster \
  --nodegroup-name general
# --8<-- [end:wait]
