# When the authorizations of the provider's user expire (their tokens are sensitive and not shown).
data "authtoken_openshift_authorizations" "mine" {}

output "authorization_expiry" {
  value = { for a in data.authtoken_openshift_authorizations.mine.authorizations : a.id => a.expires_at }
}
