# OpenShift v2 authorizations as code: the HCL twin of main.ts (same resources, addresses and outputs).
#
#   - the deploy pipeline's session token, valid a week and replaced a day before it expires;
#   - one read-only token per dashboard, from a map, each renewed 3 days before it expires, managed by a
#     provider that acts with an authorization opened for this run only (an ephemeral resource) instead
#     of the password;
#   - the scopes the broker offers, with their default lifetimes (a data source);
#   - every token a sensitive output.
#
# Credentials come from the environment (OPENSHIFT_SERVER, OPENSHIFT_USERNAME, OPENSHIFT_PASSWORD).
terraform {
  required_providers {
    authtoken = {
      source  = "authtoken/authtoken"
      version = "0.1.0"
    }
  }
}

provider "authtoken" {}

resource "authtoken_openshift_authorization" "deploy" {
  scopes       = ["session"]
  note         = "deploy pipeline"
  expires_in   = 604800
  renew_before = "24h"

  lifecycle {
    create_before_destroy = true # the new token exists before the old one is deleted
  }
}

output "deploy_token" {
  description = "The current OpenShift authorization token."
  value       = authtoken_openshift_authorization.deploy.token
  sensitive   = true
}

# Deleted when the run ends; the broker cannot extend it, so it outlives any run.
ephemeral "authtoken_openshift_authorization" "run" {
  scopes     = ["session"]
  note       = "terraform run"
  expires_in = 3600
}

provider "authtoken" {
  alias = "by_token"
  openshift {
    token = ephemeral.authtoken_openshift_authorization.run.token
  }
}

resource "authtoken_openshift_authorization" "dashboards" {
  provider = authtoken.by_token
  for_each = {
    grafana = { scopes = ["read"], note = "grafana dashboards", expires_in = 2592000 }
    status  = { scopes = ["userinfo"], note = "status page", expires_in = 2592000 }
  }
  scopes       = each.value.scopes
  note         = each.value.note
  expires_in   = each.value.expires_in
  renew_before = "72h"

  lifecycle {
    create_before_destroy = true
  }
}

output "dashboards_tokens" {
  description = "The tokens, by consumer."
  value       = { for key, t in authtoken_openshift_authorization.dashboards : key => t.token }
  sensitive   = true
}

data "authtoken_openshift_scopes" "offered" {}

output "scope_default_validity" {
  value = { for s in data.authtoken_openshift_scopes.offered.scopes : s.name => s.default_validity }
}
