# Tokens on all three platforms in one stack: the HCL twin of main.ts (same resources, same addresses,
# same outputs), for `terraform init && terraform apply` without CDKTF.
#
#   - VMS: the CI pipeline's API token, renewed 3 days before it expires;
#   - OpenShift: one deploy token per team, each renewed 2 hours before it expires;
#   - ALS: the MySQL service gateway's secret, write-only, taken from a VMS API token opened for this run
#     only (an ephemeral resource): it is in no state, plan or output. Raise token_wo_version to rotate it.
#
# Credentials come from the environment (ALS_*, VMS_*, OPENSHIFT_*), never from this file.
terraform {
  required_providers {
    authtoken = {
      source  = "authtoken/authtoken"
      version = "0.1.0"
    }
  }
}

provider "authtoken" {}

resource "authtoken_vms_api_token" "ci" {
  name         = "ci-pipeline"
  expiry       = "180D"
  renew_before = "72h"

  lifecycle {
    create_before_destroy = true # the new token exists before the old one is revoked
  }
}

output "ci_token" {
  description = "The current VMS API token."
  value       = authtoken_vms_api_token.ci.token
  sensitive   = true
}

output "ci_token_id" {
  value = authtoken_vms_api_token.ci.id
}

output "ci_token_expires_at" {
  value = authtoken_vms_api_token.ci.expires_at
}

resource "authtoken_openshift_authorization" "deploy" {
  for_each = {
    web     = { scopes = ["session"], note = "web team deploys", expires_in = 86400 }
    reports = { scopes = ["read"], note = "nightly reports", expires_in = 86400 }
  }
  scopes       = each.value.scopes
  note         = each.value.note
  expires_in   = each.value.expires_in
  renew_before = "2h"

  lifecycle {
    create_before_destroy = true
  }
}

output "deploy_tokens" {
  description = "The tokens, by consumer."
  value       = { for key, t in authtoken_openshift_authorization.deploy : key => t.token }
  sensitive   = true
}

ephemeral "authtoken_vms_api_token" "gateway_secret" {
  name   = "mysql-gateway-secret"
  expiry = "1H"
}

resource "authtoken_als_service_auth_token" "mysql" {
  label = "mysql"
  # Write-only: never stored, planned or shown, so nonsensitive() gives nothing away; with the sensitive
  # mark, Terraform 1.11 would record a second sensitive path beside `token` and the refresh-only drift
  # check would report drift now and then with nothing changed.
  token_wo         = nonsensitive(ephemeral.authtoken_vms_api_token.gateway_secret.token)
  token_wo_version = 1
}

output "mysql_token_guid" {
  value = authtoken_als_service_auth_token.mysql.id
}
