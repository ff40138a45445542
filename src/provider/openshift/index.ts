// The OpenShift v2 broker client: authorizations (tokens), API discovery, the local scope grammar and
// the broker's errors. Start at `OpenShiftBrokerClient`.
export { OpenShiftBrokerClient, brokerOrigin, type CallOptions, type DeleteResult, type OpenShiftBrokerClientOptions } from './broker-client';
export type { BrokerCredentialKind, BrokerCredentials } from './broker-auth';
export { isGone, isUnauthenticated, parseBrokerError, parseChallenge } from './broker-errors';
export { approximateSeconds, parseScopeDescriptions, readBrokerApi, type BrokerApi, type ScopeDescription } from './api-discovery';
export {
  CLIENT_API_VERSIONS,
  expiresAt,
  toAuthorization,
  type AddAuthorization,
  type AddedAuthorization,
  type Authorization,
  type AuthorizationLookup,
  type BrokerAuthorization,
  type BrokerEnvelope,
  type BrokerIdentity,
  type BrokerLink,
  type BrokerMessage,
  type BrokerOptionalParam,
  type BrokerParam,
  type ClientApiVersion,
  type MessageSeverity,
} from './authorization-models';
export {
  ADVERTISED_SCOPES,
  DEFAULT_SCOPE,
  HIDDEN_SCOPES,
  checkScope,
  effectiveExpiresIn,
  invalidScopesMessage,
  isValidScope,
  normalizeScope,
  parseScopes,
  scopeItems,
  toSentence,
  type ScopeOptions,
  type ScopeParse,
  type ScopeProblem,
} from './scopes';
