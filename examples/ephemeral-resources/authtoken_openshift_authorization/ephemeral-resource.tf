# An OpenShift authorization for this run only, configuring a provider that acts with it instead of the
# password; deleted when the run ends and never written to state or plan.
ephemeral "authtoken_openshift_authorization" "run" {
  scopes     = ["session"]
  note       = "terraform run"
  expires_in = 3600 # longer than the run: the broker cannot extend it
}

provider "authtoken" {
  alias = "openshift_by_token"
  openshift {
    token = ephemeral.authtoken_openshift_authorization.run.token
  }
}
