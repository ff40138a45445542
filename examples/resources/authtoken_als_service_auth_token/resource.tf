# The secret the MySQL service gateway presents to the Cloud Controller.
variable "mysql_gateway_secret" {
  type      = string
  sensitive = true
}

resource "authtoken_als_service_auth_token" "mysql" {
  label            = "mysql"
  service_provider = "core"
  token            = var.mysql_gateway_secret
}
