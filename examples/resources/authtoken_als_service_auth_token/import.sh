# The token's guid on the Cloud Controller (`cf curl /v2/service_auth_tokens`).
terraform import authtoken_als_service_auth_token.mysql 0f5a1c1e-6a55-4b8a-9d7a-2f3c4b5d6e7f
