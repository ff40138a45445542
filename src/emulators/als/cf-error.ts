// Cloud Controller v2 error bodies: `{code, description, error_code}` with CC's JSON content type, and
// the catalogue of errors this emulator answers (vendor/errors/v2.yml: code, name, message template).
import { reply, type EmulatorReply } from '../http/emulator-reply';

/** Cloud Controller's spelling of the JSON media type, on every answer. */
export const CF_JSON = 'application/json;charset=utf-8';

export function cfJson(status: number, value: unknown, headers: Record<string, string> = {}): EmulatorReply {
  return reply.json(status, value, headers, CF_JSON);
}

/** e.g. `cfError(400, 50002, 'CF-ServiceAuthTokenLabelTaken', 'The service auth token label is taken: mysql-core')`. */
export function cfError(status: number, code: number, errorCode: string, description: string): EmulatorReply {
  return cfJson(status, { code, description, error_code: errorCode });
}

/** What CC answers for a path (or method) it does not serve, and for the endpoint after its removal. */
export function cfNotFound(): EmulatorReply {
  return cfError(404, 10000, 'CF-NotFound', 'Unknown request');
}

export const cfErrors = {
  /** No Authorization header, or one that is not a bearer token: CC has no token at all. */
  notAuthenticated: () => cfError(401, 10002, 'CF-NotAuthenticated', 'Authentication error'),
  /** A bearer token that is malformed, unknown, expired or revoked. */
  invalidAuthToken: () => cfError(401, 1000, 'CF-InvalidAuthToken', 'Invalid Auth Token'),
  /** A valid token without the needed scope (or without a user behind it). */
  notAuthorized: () => cfError(403, 10003, 'CF-NotAuthorized', 'You are not authorized to perform the requested action'),
  messageParseError: (detail: string) => cfError(400, 1001, 'CF-MessageParseError', `Request invalid due to parse error: ${detail}`),
  badQueryParameter: (detail: string) => cfError(400, 10005, 'CF-BadQueryParameter', `The query parameter is invalid: ${detail}`),
  serviceAuthTokenInvalid: (messages: readonly string[]) =>
    cfError(400, 50001, 'CF-ServiceAuthTokenInvalid', `The service auth token is invalid: ${messages.join(', ')}`),
  serviceAuthTokenLabelTaken: (label: string, provider: string) =>
    cfError(400, 50002, 'CF-ServiceAuthTokenLabelTaken', `The service auth token label is taken: ${label}-${provider}`),
  serviceAuthTokenNotFound: (guid: string) => cfError(404, 50003, 'CF-ServiceAuthTokenNotFound', `The service auth token could not be found: ${guid}`),
};
