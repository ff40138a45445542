// The hand-written constructs, once for both trees: lib/index.ts (CDKTF) and lib/cdktn/index.ts (CDK Terrain,
// these same files compiled with `cdktf` resolved to `cdktn`, see scripts/build-cdktn-library.mjs) export them.
export { Expiry } from './expiry';
export { Scope, type ScopeLevel } from './scope';
export { Duration } from './duration';
export { ProviderLockFile, type ProviderLockFileProps } from './provider-lock-file';
export type { AlsTokenSpec, OpenShiftTokenSpec, TokenSpec, VmsTokenSpec } from './token-spec';
export { RotatingToken, type RotatingAlsToken, type RotatingOpenShiftToken, type RotatingTokenProps, type RotatingVmsToken } from './rotating-token';
export { TokenSet, type AlsTokenSet, type OpenShiftTokenSet, type TokenSetProps, type VmsTokenSet } from './token-set';
