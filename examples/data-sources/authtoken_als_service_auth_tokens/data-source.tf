# The guids of the MySQL service auth tokens, e.g. to import one.
data "authtoken_als_service_auth_tokens" "mysql" {
  label = "mysql"
}

output "mysql_token_guids" {
  value = [for t in data.authtoken_als_service_auth_tokens.mysql.tokens : t.guid]
}
