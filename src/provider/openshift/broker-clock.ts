// The broker's clock, as an authorization shows it: `expires_in_seconds` is the time left by the
// broker's own clock when it answered, so expiry minus that is the broker's "now" (to the second).
// Renewal planning compares expiry times with this, never with the local clock.
import type { Authorization } from './authorization-models';

export function brokerNow(authorization: Pick<Authorization, 'expires_at' | 'expires_in_seconds'>): Date {
  return new Date(Date.parse(authorization.expires_at) - authorization.expires_in_seconds * 1000);
}
