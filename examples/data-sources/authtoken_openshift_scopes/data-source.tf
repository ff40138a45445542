# The longest lifetime the broker allows each scope, to choose an authorization's expires_in.
data "authtoken_openshift_scopes" "broker" {}

output "scope_maximum_seconds" {
  value = { for s in data.authtoken_openshift_scopes.broker.scopes : s.name => s.maximum_validity_seconds }
}
