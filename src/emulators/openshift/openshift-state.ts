// What the OpenShift broker emulator remembers (JSON, persisted with --state-file).
import { randomHex } from '../random';
import { invalidScopeTimeouts, type ScopeTimeouts } from './scope-timeouts';

export interface OpenShiftState {
  /** Authorizations by id (24-hex ObjectId). Deleting one removes it (a hard delete, as the broker does). */
  readonly authorizations: Record<string, StoredAuthorization>;
  /** The broker's user records (CloudUser), by login; created on a user's first authentication, as the broker does. */
  readonly users: Record<string, StoredUser>;
  /** Default and maximum lifetime per scope (broker.conf AUTH_SCOPE_TIMEOUTS). */
  scopeTimeouts: ScopeTimeouts;
}

export interface StoredUser {
  /** 24-hex ObjectId: `X-OpenShift-Identity-Id`, and the id in "All authorizations for <id> are revoked." */
  readonly id: string;
  readonly login: string;
  readonly created_at: string;
}

export interface StoredAuthorization {
  readonly id: string;
  /** 64 lower-case hex characters; answered on every read, as the broker does. */
  readonly token: string;
  /** The owner's user id. */
  readonly user_id: string;
  /** The owner's login (the broker's `identity_id`, answered as `identity`). */
  readonly identity: string;
  /** Space-joined, as stored and answered. */
  readonly scopes: string;
  note: string | null;
  /** ISO time with milliseconds (answered to the second). */
  readonly created_at: string;
  /** Total lifetime in seconds. */
  expires_in: number;
  /** Doorkeeper's revoke: nothing in the REST API sets it; the `revoke` admin action does. */
  revoked_at: string | null;
}

export function initialOpenShiftState(scopeTimeouts: ScopeTimeouts): OpenShiftState {
  return { authorizations: {}, users: {}, scopeTimeouts: { ...scopeTimeouts } };
}

/** Accepts a saved state, filling in what older state files (the skeleton's) lacked. */
export function reviveOpenShiftState(saved: unknown, scopeTimeouts: ScopeTimeouts): OpenShiftState {
  if (typeof saved !== 'object' || saved === null) throw new Error('openshift state must be an object');
  const part = saved as Partial<OpenShiftState>;
  if (typeof part.authorizations !== 'object' || part.authorizations === null) throw new Error('openshift state lacks "authorizations"');
  const invalid = part.scopeTimeouts === undefined ? undefined : invalidScopeTimeouts(part.scopeTimeouts);
  if (invalid !== undefined) throw new Error(`openshift state: ${invalid}`);
  const users: Record<string, StoredUser> = { ...(part.users ?? {}) };
  const authorizations: Record<string, StoredAuthorization> = {};
  for (const [id, stored] of Object.entries(part.authorizations)) {
    if (typeof stored?.token !== 'string' || typeof stored.identity !== 'string' || typeof stored.created_at !== 'string' || typeof stored.expires_in !== 'number') {
      throw new Error(`openshift state: authorization ${id} is incomplete`);
    }
    // Older files had no users: give the owner a user record.
    const owner = (users[stored.identity] ??= { id: randomHex(24), login: stored.identity, created_at: stored.created_at });
    authorizations[id] = { ...stored, note: stored.note ?? null, revoked_at: stored.revoked_at ?? null, user_id: stored.user_id ?? owner.id };
  }
  return { authorizations, users, scopeTimeouts: { ...(part.scopeTimeouts ?? scopeTimeouts) } };
}
