// How ALS failures read: CC's `{code, description, error_code}` and UAA's `{error, error_description}`
// become the platform message and code of a PlatformError, and a few answers get a kind of their own.
import { PlatformError, type FailureClassifier, type PlatformMessage, type PlatformResponse } from '../common';
import type { CfErrorBody, UaaErrorBody } from './als-models';

/** CC error codes the client and the provider act on (vendor/errors/v2.yml). */
export const CF_ERROR = {
  /** A bearer token CC cannot accept (malformed, unknown, expired). */
  invalidAuthToken: 'CF-InvalidAuthToken',
  /** No bearer token reached CC at all (a proxy in front dropped the Authorization header, say). */
  notAuthenticated: 'CF-NotAuthenticated',
  notAuthorized: 'CF-NotAuthorized',
  messageParseError: 'CF-MessageParseError',
  badQueryParameter: 'CF-BadQueryParameter',
  notFound: 'CF-NotFound',
  serviceAuthTokenInvalid: 'CF-ServiceAuthTokenInvalid',
  serviceAuthTokenLabelTaken: 'CF-ServiceAuthTokenLabelTaken',
  serviceAuthTokenNotFound: 'CF-ServiceAuthTokenNotFound',
} as const;

/** Older CC bodies may lack `error_code`; their numeric codes name the same errors. */
const ERROR_CODE_BY_NUMBER: Readonly<Record<number, string>> = {
  1000: CF_ERROR.invalidAuthToken,
  1001: CF_ERROR.messageParseError,
  10000: CF_ERROR.notFound,
  10002: CF_ERROR.notAuthenticated,
  10003: CF_ERROR.notAuthorized,
  10005: CF_ERROR.badQueryParameter,
  50001: CF_ERROR.serviceAuthTokenInvalid,
  50002: CF_ERROR.serviceAuthTokenLabelTaken,
  50003: CF_ERROR.serviceAuthTokenNotFound,
};

/** Cloud Controller answers this for a path it does not serve, e.g. /v2/service_auth_tokens after 2016. */
const UNKNOWN_REQUEST_HINT = 'this Cloud Controller does not serve the endpoint (CC removed /v2/service_auth_tokens in 2016)';

export function parseAlsError(response: PlatformResponse): PlatformMessage | undefined {
  const body = response.body;
  if (isCfError(body)) {
    const code = cfErrorCode(body);
    const message = code === CF_ERROR.notFound ? `${body.description} (${UNKNOWN_REQUEST_HINT})` : body.description;
    return { message, ...(code === undefined ? {} : { code }) };
  }
  if (isUaaError(body)) return { message: body.error_description ?? body.error, code: body.error };
  // A proxy or load balancer in front: its text, kept to one short line.
  if (typeof body === 'string' && body.trim() !== '' && !/^\s*</.test(body)) return { message: body.trim().split('\n')[0]!.slice(0, 200) };
  return undefined;
}

/**
 * Kinds beyond the status: a taken (label, provider) is a conflict, not bad input; a 404 means "gone"
 * only when CC says the token is not found. Any other 404 (CF-NotFound: the endpoint itself is absent,
 * or a proxy's page) must never read as "gone", or the provider would drop every token from state.
 */
export const classifyAlsFailure: FailureClassifier = (response) => {
  const code = isCfError(response.body) ? cfErrorCode(response.body) : undefined;
  if (response.status === 400 && code === CF_ERROR.serviceAuthTokenLabelTaken) return 'conflict';
  if (response.status === 404) return code === CF_ERROR.serviceAuthTokenNotFound ? 'not_found' : 'failed';
  return undefined;
};

/** True when the error says the service auth token does not exist (the provider reads it as gone). */
export function isServiceAuthTokenGone(error: unknown): boolean {
  return error instanceof PlatformError && error.platform === 'als' && error.kind === 'not_found';
}

function cfErrorCode(body: CfErrorBody): string | undefined {
  return typeof body.error_code === 'string' ? body.error_code : ERROR_CODE_BY_NUMBER[body.code];
}

function isCfError(body: unknown): body is CfErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as CfErrorBody).description === 'string' && typeof (body as CfErrorBody).code === 'number';
}

function isUaaError(body: unknown): body is UaaErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as UaaErrorBody).error === 'string';
}
