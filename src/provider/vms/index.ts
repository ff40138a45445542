// The VAST VMS client: API tokens and the per-user limit. Start at `createVmsClient`, with credentials
// from `selectVmsCredentials`; validate `expiry_date` at plan time with `parseExpiry`.
export { createVmsClient, VmsClient, DEFAULT_VMS_API_VERSION, type VmsClientOptions, type CallOptions } from './vms-client';
export {
  selectVmsCredentials,
  ApiTokenAuthorizer,
  BasicAuthorizer,
  JwtAuthorizer,
  JWT_LOGIN_PATH,
  JWT_REFRESH_PATH,
  type VmsAuthMethod,
  type VmsAuthSettings,
  type VmsCredentials,
  type VmsCredentialsChoice,
} from './vms-auth';
export { ApiTokenLimitError, MAX_API_TOKENS_MESSAGE, classifyVmsFailure, parseVmsError, type ApiTokenLimit } from './vms-errors';
export { MissingPermissionError, type SecurityPermission, type VmsPrincipal } from './missing-permission-error';
export { EXPIRY_UNITS, describeExpiry, expiryDateFrom, expiryOrThrow, parseExpiry, type ExpiryParseResult, type ExpiryUnit, type ExpiryUnitName, type VmsExpiry } from './expiry';
export { apiTokenStatus, type ApiTokenStatus } from './api-token-status';
export { apiTokenIdOf } from './vms-models';
export type { ApiToken, ApiTokenCreateRequest, ApiTokenCreated, ApiTokenListQuery, ApiTokenModifyRequest, DrfPage, JwtPair, Vms } from './vms-models';
