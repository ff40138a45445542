# Credentials never go in a file: each argument falls back to its environment variable (ALS_*, VMS_*,
# OPENSHIFT_*), or takes a sensitive variable set through TF_VAR_<name>.
variable "vms_password" {
  type      = string
  sensitive = true
  ephemeral = true # never written to a plan file (Terraform 1.10+)
}

provider "authtoken" {
  als {
    api_endpoint = "https://api.als.example.com"
    username     = "admin" # password: ALS_PASSWORD
  }
  vms {
    endpoint = "https://vms.example.com"
    username = "admin"
    password = var.vms_password
  }
  openshift {
    server = "https://openshift.example.com" # OPENSHIFT_USERNAME and OPENSHIFT_PASSWORD
  }
}
