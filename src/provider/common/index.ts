// What every platform client is built on: the HTTP client (retries, TLS, abort, auth hook), the one
// error type, redaction, the logger and paging. Start at `createPlatformHttpClient`.
export { createPlatformHttpClient, PlatformHttpClient } from './platform-http-client';
export type { HttpMethod, PlatformCall, PlatformHttpClientOptions, QueryValue, RequestAuthorizer } from './platform-http-client';
export { PlatformError, type PlatformErrorDetails, type PlatformErrorKind } from './platform-error';
export { PlatformClock } from './platform-clock';
export { isLostAnswer } from './lost-answer';
export { goneAsUndefined } from './gone-as-undefined';
export { perClient } from './per-client';
export type { ErrorBodyParser, PlatformMessage, PlatformResponse } from './platform-response';
export { kindForStatus, TRANSIENT_STATUSES, type FailureClassifier } from './failure-classification';
export { Redactor, REDACTED, type RedactorOptions } from './redactor';
export { DEFAULT_SECRET_FIELDS, findSecretValues } from './secret-fields';
export { basicAuthorization } from './basic-authorization';
export { noopLogger, redactingLogger, type Logger, type LogFields } from './logger';
export { DEFAULT_RETRY_OPTIONS, backoffDelay, isIdempotentMethod, type RetryOptions } from './retry-policy';
export { parseRetryAfter } from './retry-after';
export { createAgents, parseCaBundle, type AgentPair, type Agents, type TlsOptions } from './tls-agents';
export { collectPages, type PagedList } from './paging';
export { PLATFORM_DISPLAY_NAMES, type PlatformName } from './platform';
