# The token's id on the VMS: the part of the token before the dot (`vms apitoken list`). Its secret
# cannot be read back, so after an import `token` stays unknown to Terraform (null).
terraform import authtoken_vms_api_token.ci Xk3fQ9aB
