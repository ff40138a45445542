# A VMS API token for this run only: it configures a second provider (no password there) and feeds the
# write-only secret of an ALS token. It is revoked when the run ends and never written to state or plan.
ephemeral "authtoken_vms_api_token" "run" {
  name   = "terraform-run"
  expiry = "1H" # if a run dies before closing it, it still expires on its own
}

provider "authtoken" {
  alias = "vms_by_token"
  vms {
    api_token = ephemeral.authtoken_vms_api_token.run.token
  }
}

resource "authtoken_als_service_auth_token" "mysql" {
  label = "mysql"
  # A write-only argument is never stored or shown: nonsensitive() keeps Terraform 1.11 from recording a
  # second sensitive path beside `token`, which would make refresh-only drift checks flap.
  token_wo         = nonsensitive(ephemeral.authtoken_vms_api_token.run.token)
  token_wo_version = 1
}
