// Whether a failed call may have reached the platform although no answer came back: the connection was
// reset or hung up, or the answer did not come in time. A create may then have happened, so the provider
// looks the object up before it tries again, instead of risking a duplicate. A refused connection, a
// name that did not resolve, a TLS handshake that failed, or any answer of the platform's own says the
// request did not do anything unseen.
import { PlatformError } from './platform-error';

/** Transport failures that can happen after the request was (partly) sent. */
const LOST_ANSWER_CODES = new Set([
  'ECONNRESET', // reset, or "socket hang up": the server closed without answering
  'ETIMEDOUT', // no answer within the timeout (axios with clarifyTimeoutError)
  'ECONNABORTED', // the same timeout without clarifyTimeoutError
  'ESOCKETTIMEDOUT',
  'EPIPE', // the connection closed while the request was being written
]);

/**
 * A gateway in front answered for the platform it could not hear from: 502 (the platform's connection
 * failed) and 504 (no answer in time) may follow a request the platform received.
 */
const GATEWAY_LOST_STATUSES = new Set([502, 504]);

export function isLostAnswer(error: unknown): boolean {
  if (error instanceof PlatformError) {
    if (error.kind === 'aborted') return false; // the caller stopped waiting: not a reason to try again
    if (error.networkCode !== undefined) return LOST_ANSWER_CODES.has(error.networkCode);
    return error.status !== undefined && GATEWAY_LOST_STATUSES.has(error.status);
  }
  // A transport error from elsewhere (Node, axios) that has no response.
  if (typeof error !== 'object' || error === null) return false;
  const { code, response } = error as { code?: unknown; response?: unknown };
  return response === undefined && typeof code === 'string' && LOST_ANSWER_CODES.has(code);
}
