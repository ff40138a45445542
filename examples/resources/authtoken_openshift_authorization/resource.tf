# A day-long token for deployments into one domain, replaced by the first plan in its last 2 hours.
resource "authtoken_openshift_authorization" "deploy" {
  scopes       = ["domain/5f0c9a3e2b1d4c6e8a7b9c0d/edit"]
  note         = "deploy pipeline"
  expires_in   = 86400
  renew_before = "2h"

  lifecycle {
    create_before_destroy = true
  }
}

output "deploy_token" {
  value     = authtoken_openshift_authorization.deploy.token
  sensitive = true
}
