// terraform-provider-authtoken for CDKTF: like a @cdktf/provider-* package, one namespace per Terraform
// type (generated from the provider's schema), plus the constructs written on top of them.
export * from './providers/authtoken';
export * from './ephemeral';
export { TerraformEphemeralResource, type TerraformEphemeralMetaArguments, type TerraformEphemeralResourceConfig, type TerraformEphemeralResourceLifecycle } from './core/terraform-ephemeral-resource';
export * from './constructs';
