// Cloud Controller v2 error bodies: `{code, description, error_code}` with CC's JSON content type.
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

/** What CC answers for a path (or method) it does not serve. */
export function cfNotFound(): EmulatorReply {
  return cfError(404, 10000, 'CF-NotFound', 'Unknown request');
}
