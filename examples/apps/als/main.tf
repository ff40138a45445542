# HP Helion ALS service auth tokens as code: the HCL twin of main.ts (same resources, addresses, outputs).
#
#   - the MySQL gateway's secret, write-only: given as an ephemeral variable (TF_VAR_mysql_secret), sent to
#     the Cloud Controller and kept out of state and plan; raise TF_VAR_mysql_secret_version to rotate it;
#   - one token per other service gateway, from a map, their secrets sensitive variables, shown back
#     only as a sensitive output.
#
# Credentials come from the environment (ALS_API_ENDPOINT, ALS_USERNAME, ALS_PASSWORD).
terraform {
  required_providers {
    authtoken = {
      source  = "authtoken/authtoken"
      version = "0.1.0"
    }
  }
}

provider "authtoken" {}

variable "mysql_secret" {
  description = "The MySQL gateway's secret."
  type        = string
  sensitive   = true
  ephemeral   = true # never written to a plan or state file (Terraform 1.10+)
}

variable "mysql_secret_version" {
  description = "Raise it to send a new mysql_secret."
  type        = number
  default     = 1
}

resource "authtoken_als_service_auth_token" "mysql" {
  label = "mysql"
  # Write-only: never stored, planned or shown, so nonsensitive() gives nothing away; with the sensitive
  # mark, Terraform 1.11 would record a second sensitive path beside `token` and the refresh-only drift
  # check would report drift now and then with nothing changed.
  token_wo         = nonsensitive(var.mysql_secret)
  token_wo_version = var.mysql_secret_version
}

output "mysql_token_guid" {
  value = authtoken_als_service_auth_token.mysql.id
}

variable "redis_secret" {
  type      = string
  sensitive = true
}

variable "postgresql_secret" {
  type      = string
  sensitive = true
}

resource "authtoken_als_service_auth_token" "gateways" {
  for_each = {
    redis      = { label = "redis", service_provider = null }
    postgresql = { label = "postgresql", service_provider = "crunchy" }
  }
  label            = each.value.label
  service_provider = each.value.service_provider
  token            = { redis = var.redis_secret, postgresql = var.postgresql_secret }[each.key]
}

output "gateways_tokens" {
  description = "The tokens, by consumer."
  value       = { for key, t in authtoken_als_service_auth_token.gateways : key => t.token }
  sensitive   = true
}
