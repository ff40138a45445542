# The CI pipeline's token, valid 180 days, replaced by the first plan made within 3 days of its expiry.
resource "authtoken_vms_api_token" "ci" {
  name         = "ci-pipeline"
  expiry       = "180D"
  renew_before = "72h"

  lifecycle {
    create_before_destroy = true # the new token exists before the old one is revoked
  }
}

output "ci_token" {
  value     = authtoken_vms_api_token.ci.token
  sensitive = true
}
