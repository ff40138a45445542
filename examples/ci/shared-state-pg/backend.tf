# The state in PostgreSQL (Terraform's `pg` backend), shared by every job that runs this configuration.
# The connection string comes from the environment (PG_CONN_STR), never from a file in the repository:
#   PG_CONN_STR=postgres://terraform@db.example.com/terraform_state?sslmode=require
# Terraform takes a PostgreSQL advisory lock for every operation that writes the state: a second run
# either waits for it (-lock-timeout) or fails with "Error acquiring the state lock" having done nothing.
terraform {
  backend "pg" {
    schema_name = "authtoken_ci"
  }
}
