// The ALS (HP Helion / Stackato 3 / Cloud Foundry v2) client: service auth tokens. Start at `AlsClient`.
export { AlsClient, createAlsClient, MAX_RESULTS_PER_PAGE, SERVICE_AUTH_TOKENS_PATH, type AlsCallOptions, type AlsClientOptions, type AlsDeleteOptions } from './als-client';
export { alsCredentialsFromEnvironment, type AlsCredentials } from './als-auth';
export { CLOUD_CONTROLLER_ADMIN_SCOPE, type AlsCredentialSource, type AlsIdentity } from './als-identity';
export { CF_ERROR, classifyAlsFailure, isServiceAuthTokenGone, parseAlsError } from './als-errors';
export { serviceAuthTokenQuery, type ServiceAuthTokenFilter } from './service-auth-token-query';
export { canonicalTarget, readStackatoTokenFile, type StackatoTokenFileEntry } from './stackato-token-file';
export {
  DEFAULT_SERVICE_PROVIDER,
  type CfErrorBody,
  type CfInfo,
  type CfJob,
  type CfMetadata,
  type CfPage,
  type CfResource,
  type ServiceAuthToken,
  type ServiceAuthTokenCreateRequest,
  type ServiceAuthTokenEntity,
  type ServiceAuthTokenUpdateRequest,
  type UaaErrorBody,
  type UaaTokenResponse,
} from './als-models';
