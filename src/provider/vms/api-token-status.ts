// Whether an API token still works: the provider reads a revoked or expired token as gone.
import type { ApiToken } from './vms-models';

export type ApiTokenStatus = 'valid' | 'revoked' | 'expired';

/** `nowMs` is the caller's clock; a token expires at `expiry_date` exactly. */
export function apiTokenStatus(token: ApiToken, nowMs: number = Date.now()): ApiTokenStatus {
  if (token.revoked) return 'revoked';
  if (token.expiry_date !== null && !(nowMs < Date.parse(token.expiry_date))) return 'expired';
  return 'valid';
}
