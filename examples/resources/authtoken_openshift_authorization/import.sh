# The authorization's id on the broker (`GET /broker/rest/user/authorizations`). Everything is read back,
# the token included; renew_before is configuration only.
terraform import authtoken_openshift_authorization.deploy 5f0c9a3e2b1d4c6e8a7b9c0e
