# VAST Data VMS API tokens as code: the HCL twin of main.ts (same resources, addresses and outputs).
#
#   - the CI pipeline's token, valid 90 days and replaced a week before it expires;
#   - one token per build agent, from a map, managed by a provider that acts with an API token opened for
#     this run only (an ephemeral resource): the password opens that token and nothing else;
#   - every token a sensitive output.
#
# Credentials come from the environment (VMS_ENDPOINT, VMS_USERNAME, VMS_PASSWORD), never from this file.
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
  expiry       = "90D"
  renew_before = "168h"

  lifecycle {
    create_before_destroy = true # the new token exists before the old one is revoked
  }
}

output "ci_token" {
  description = "The current VMS API token."
  value       = authtoken_vms_api_token.ci.token
  sensitive   = true
}

output "ci_token_expires_at" {
  value = authtoken_vms_api_token.ci.expires_at
}

# Revoked when the run ends; its expiry only matters if a run dies before closing it.
ephemeral "authtoken_vms_api_token" "run" {
  name   = "terraform-run"
  expiry = "1H"
}

provider "authtoken" {
  alias = "by_token"
  vms {
    api_token = ephemeral.authtoken_vms_api_token.run.token
  }
}

resource "authtoken_vms_api_token" "agents" {
  provider = authtoken.by_token
  for_each = {
    linux   = { name = "linux", expiry = "30D" }
    windows = { name = "windows-agent", expiry = "30D" }
  }
  name   = each.value.name
  expiry = each.value.expiry
}

output "agents_tokens" {
  description = "The tokens, by consumer."
  value       = { for key, t in authtoken_vms_api_token.agents : key => t.token }
  sensitive   = true
}
