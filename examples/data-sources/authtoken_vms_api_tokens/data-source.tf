# When each of the CI user's tokens was last used: stale ones are candidates for revocation.
data "authtoken_vms_api_tokens" "ci" {
  owner = "ci"
}

output "ci_tokens_last_used" {
  value = { for t in data.authtoken_vms_api_tokens.ci.api_tokens : t.name => t.last_used }
}
