// After a create whose answer was lost, a token with the wanted (label, provider) is either the one that
// create made, or one that was there before — and then CC refused the create as "label taken", and the
// token belongs to someone else. CC stamps `created_at` with its own clock, so the two are told apart by
// comparing it with the moment the request was sent, on the platform's clock: the local send time moved
// by the platform clock's offset, learned from the `Date` of the answer to the lookup itself.
import type { AlsClient } from './als-client';
import type { ServiceAuthToken } from './als-models';

/**
 * `created_at` and `Date` are whole seconds, so a token made by our request may look up to a second
 * older than the estimated send time; more than this is someone else's.
 */
const SECOND_RESOLUTION_SLACK_MS = 2_000;

export interface LostCreateClock {
  readonly client: Pick<AlsClient, 'platformNow'>;
  /** Local clock, just before the create was sent. */
  readonly sentAtLocalMs: number;
}

/** Call just before sending the create. */
export function lostCreateClock(client: Pick<AlsClient, 'platformNow'>): LostCreateClock {
  return { client, sentAtLocalMs: Date.now() };
}

/**
 * Whether `token`, found after the create's answer was lost, was created by that create. Call right after
 * the lookup, whose answer tells the platform clock's offset.
 */
export function createdBy(token: ServiceAuthToken, clock: LostCreateClock): boolean {
  const createdAtMs = Date.parse(token.createdAt);
  // Without a readable created_at there is no telling: not adopted, so the create is tried again, and CC
  // answers "label taken" if the token was ours after all; nothing is made twice.
  if (Number.isNaN(createdAtMs)) return false;
  const sentAtPlatformMs = clock.client.platformNow().getTime() - (Date.now() - clock.sentAtLocalMs);
  return createdAtMs >= sentAtPlatformMs - SECOND_RESOLUTION_SLACK_MS;
}
