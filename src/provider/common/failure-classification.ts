// Which failures are transient (worth retrying) and how the rest are named. A platform can override the
// answer for a response (VMS's 503 "Max allowed API tokens reached" is a limit, not an outage).
import type { PlatformErrorKind } from './platform-error';
import type { PlatformResponse } from './platform-response';

/** Classifies a platform's failed answer; undefined falls back to the status. */
export type FailureClassifier = (response: PlatformResponse) => PlatformErrorKind | undefined;

export const TRANSIENT_STATUSES: readonly number[] = [429, 502, 503, 504];

export function kindForStatus(status: number): PlatformErrorKind {
  if (TRANSIENT_STATUSES.includes(status)) return 'transient';
  switch (status) {
    case 400:
    case 422:
      return 'invalid';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not_found';
    case 409:
      return 'conflict';
    default:
      return 'failed';
  }
}

/** Transport failures after which the same request may simply be sent again. */
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** Certificate verification failures: not transient, and the user has to act (CA bundle or insecure). */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

export function kindForNetworkCode(code: string): PlatformErrorKind {
  if (TRANSIENT_NETWORK_CODES.has(code)) return 'transient';
  if (TLS_CODES.has(code)) return 'tls';
  return 'network';
}

/**
 * The request never reached the platform, so even a create may be sent again without risking a
 * duplicate: the connection was refused before anything was written.
 */
export function neverDelivered(code: string | undefined): boolean {
  return code === 'ECONNREFUSED';
}

export function describeNetworkFailure(code: string, timeoutMs: number): string {
  switch (code) {
    case 'ECONNRESET':
      return 'the connection was reset before an answer arrived (ECONNRESET)';
    case 'ECONNREFUSED':
      return 'connection refused (ECONNREFUSED)';
    case 'ETIMEDOUT':
    case 'ECONNABORTED':
      return `no answer within ${timeoutMs} ms (${code})`;
    case 'EPIPE':
      return 'the connection closed while the request was being sent (EPIPE)';
    case 'ENOTFOUND':
      return 'host not found (ENOTFOUND)';
    case 'EAI_AGAIN':
      return 'host name lookup failed (EAI_AGAIN)';
    default:
      return TLS_CODES.has(code)
        ? `the platform's TLS certificate is not trusted (${code}); give its CA bundle, or allow insecure connections`
        : `network error (${code})`;
  }
}
