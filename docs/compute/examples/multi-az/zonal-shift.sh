# --8<-- [start:enable]
# Register the cluster with ARC zonal shift. Zonal autoshift is a separate
# opt-in that you then turn on in ARC.
aws eks update-cluster-config \
  --name my-cluster \
  --zonal-shift-config enabled=true
# --8<-- [end:enable]

# --8<-- [start:drill]
# Map AZ names to AZ IDs: zonal shift, like the topology.k8s.aws/zone-id
# label, uses IDs (usw2-az1), which are the same in every account.
aws ec2 describe-availability-zones \
  --region us-west-2 \
  --query 'AvailabilityZones[].[ZoneName,ZoneId]' \
  --output table

# Shift the cluster away from one AZ for two hours (a drill or a real event).
aws arc-zonal-shift start-zonal-shift \
  --resource-identifier arn:aws:eks:us-west-2:111122223333:cluster/my-cluster \
  --away-from usw2-az1 \
  --expires-in 2h \
  --comment "AZ drill for my-cluster"

# See active shifts, then end one early with the ID that start returned.
aws arc-zonal-shift list-zonal-shifts \
  --resource-identifier arn:aws:eks:us-west-2:111122223333:cluster/my-cluster
aws arc-zonal-shift cancel-zonal-shift \
  --zonal-shift-id "${ZONAL_SHIFT_ID:?set ZONAL_SHIFT_ID from the start-zonal-shift output}"
# --8<-- [end:drill]
