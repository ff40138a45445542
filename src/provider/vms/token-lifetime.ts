// A token's lifetime as the VMS reports it (expiry_date − created), spelled back in the expiry grammar.
// Nothing on the VMS records how an expiry was written ("30D", "720h" and "1M" are one duration), so a
// read keeps the spelling in state while the duration is the same, and import spells the lifetime in
// its largest whole unit (30 days reads as "1M").
import { parseExpiry, type ExpiryUnit } from './expiry';
import type { ApiToken } from './vms-models';

/** Largest first; for the units with two letters, the upper-case one. */
const CANONICAL_UNITS: readonly { readonly unit: ExpiryUnit; readonly seconds: number }[] = [
  { unit: 'Y', seconds: 365 * 86_400 },
  { unit: 'M', seconds: 30 * 86_400 },
  { unit: 'W', seconds: 7 * 86_400 },
  { unit: 'D', seconds: 86_400 },
  { unit: 'H', seconds: 3_600 },
  { unit: 'm', seconds: 60 },
  { unit: 'S', seconds: 1 },
];

/** Whole seconds from creation to expiry, or null for a token that never expires. */
export function lifetimeSeconds(token: Pick<ApiToken, 'created' | 'expiry_date'>): number | null {
  if (token.expiry_date === null) return null;
  return Math.round((Date.parse(token.expiry_date) - Date.parse(token.created)) / 1000);
}

/** `2592000` → `1M`: the largest unit that divides the duration. */
export function expiryForSeconds(seconds: number): string {
  const unit = CANONICAL_UNITS.find((u) => seconds % u.seconds === 0)!;
  return `${seconds / unit.seconds}${unit.unit}`;
}

/** Both valid expiries of the same length ("30D" and "1M"). */
export function sameDuration(a: string, b: string): boolean {
  const left = parseExpiry(a);
  const right = parseExpiry(b);
  return left.ok && right.ok && left.expiry.seconds === right.expiry.seconds;
}

/**
 * The expiry as state should hold it after a read: the spelling already in state while it still
 * describes the token's lifetime, otherwise the lifetime in its largest unit; null when it never expires.
 */
export function expiryOfToken(token: Pick<ApiToken, 'created' | 'expiry_date'>, inState: string | null): string | null {
  const seconds = lifetimeSeconds(token);
  if (seconds === null || !(seconds > 0)) return null;
  const parsed = inState === null ? undefined : parseExpiry(inState);
  if (parsed?.ok && parsed.expiry.seconds === seconds) return inState;
  return expiryForSeconds(seconds);
}
