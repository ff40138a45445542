// terraform-provider-authtoken for CDKTF: like a @cdktf/provider-* package, one namespace per Terraform
// type (generated from the provider's schema), plus the constructs written on top of them.
export * from './providers/authtoken';
export * from './ephemeral';
export { TerraformEphemeralResource, type TerraformEphemeralMetaArguments, type TerraformEphemeralResourceConfig, type TerraformEphemeralResourceLifecycle } from './core/terraform-ephemeral-resource';
export { Expiry } from './constructs/expiry';
export { Scope, type ScopeLevel } from './constructs/scope';
export { Duration } from './constructs/duration';
export { ProviderLockFile, type ProviderLockFileProps } from './constructs/provider-lock-file';
export type { AlsTokenSpec, OpenShiftTokenSpec, TokenSpec, VmsTokenSpec } from './constructs/token-spec';
export { RotatingToken, type RotatingAlsToken, type RotatingOpenShiftToken, type RotatingTokenProps, type RotatingVmsToken } from './constructs/rotating-token';
export { TokenSet, type AlsTokenSet, type OpenShiftTokenSet, type TokenSetProps, type VmsTokenSet } from './constructs/token-set';
