terraform {
  required_providers {
    authtoken = { source = "authtoken/authtoken" }
  }
}

# Credentials from the CI's secret store: ALS_*, VMS_*, OPENSHIFT_* (see the provider's documentation).
provider "authtoken" {}

resource "authtoken_vms_api_token" "deploy" {
  name         = "ci-deploy"
  expiry       = "90D"
  renew_before = "240h"
  lifecycle {
    create_before_destroy = true
  }
}

resource "authtoken_openshift_authorization" "deploy" {
  scopes       = ["session"]
  note         = "ci-deploy"
  renew_before = "72h"
  lifecycle {
    create_before_destroy = true
  }
}

variable "gateway_secret" {
  type      = string
  sensitive = true
}

resource "authtoken_als_service_auth_token" "mysql" {
  label = "mysql"
  token = var.gateway_secret
}
