// The Authorization model's rules: when a token counts as expired, how much time it has left, which
// tokens the list shows, how a create picks its lifetime, and which token `reuse` finds. All times come
// from the emulator clock.
import type { OpenShiftState, StoredAuthorization } from './openshift-state';
import type { ScopeTimeout } from './scope-timeouts';

export type AuthorizationRecord = Readonly<StoredAuthorization>;

export function expiresAtMs(auth: AuthorizationRecord): number {
  return Date.parse(auth.created_at) + auth.expires_in * 1000;
}

/** `expires_in_seconds`: the time left, rounded, never below 0. */
export function expiresInSeconds(auth: AuthorizationRecord, nowMs: number): number {
  return Math.max(0, Math.round((expiresAtMs(auth) - nowMs) / 1000));
}

/** `expired?`: a lifetime under 1 second, or past the expiry time. */
export function isExpired(auth: AuthorizationRecord, nowMs: number): boolean {
  return auth.expires_in < 1 || nowMs > expiresAtMs(auth);
}

/** `accessible?`: usable as a Bearer token. A revoked token answers "expired" too. */
export function isAccessible(auth: AuthorizationRecord, nowMs: number): boolean {
  return !isExpired(auth, nowMs) && auth.revoked_at === null;
}

/** The list's `not_expired` filter: expiry strictly in the future and not revoked. */
export function isListed(auth: AuthorizationRecord, nowMs: number): boolean {
  return expiresAtMs(auth) > nowMs && auth.revoked_at === null;
}

/** A user's tokens, newest first (the broker orders by created_at descending). */
export function authorizationsOf(state: { readonly authorizations: Readonly<Record<string, AuthorizationRecord>> }, userId: string): AuthorizationRecord[] {
  // Ties (the same millisecond) go to the later insertion: state keeps insertion order.
  return Object.values(state.authorizations)
    .filter((a) => a.user_id === userId)
    .map((auth, index) => ({ auth, index }))
    .sort((a, b) => Date.parse(b.auth.created_at) - Date.parse(a.auth.created_at) || b.index - a.index)
    .map(({ auth }) => auth);
}

/** A user's token by id or by token value (show, update and delete accept either). */
export function findByIdOrToken<A extends AuthorizationRecord>(authorizations: Readonly<Record<string, A>>, userId: string, idOrToken: string): A | undefined {
  return Object.values(authorizations).find((a) => a.user_id === userId && (a.id === idOrToken || a.token === idOrToken));
}

/**
 * The lifetime a create gets. A valid `expires_in` (0 ≤ n ≤ maximum) is kept; anything else (negative,
 * too large, not an integer) becomes the scope set's default: the code does that, although the
 * parameter's description says "the maximum allowed time".
 */
export function lifetimeFor(requested: number | undefined, timeout: ScopeTimeout): number {
  return requested === undefined || requested < 0 || requested > timeout.maximumSeconds ? timeout.defaultSeconds : requested;
}

/**
 * `reuse`: among the user's 10 newest tokens with the same scope string (and the same note, when a note
 * is given), the first with more than min(600, expires_in / 4) seconds left. [src] The broker narrows by
 * the caller's visibility only, not by revocation, so a revoked token with time left can be reused.
 */
export function findReusable(
  state: Pick<OpenShiftState, 'authorizations'>,
  userId: string,
  match: { note: string | null | undefined; scopes: string; expiresIn: number },
  nowMs: number,
): AuthorizationRecord | undefined {
  const threshold = Math.min(600, Math.trunc(match.expiresIn / 4));
  return authorizationsOf(state, userId)
    .filter((a) => (match.note === undefined ? true : a.note === match.note) && (match.scopes === '' || a.scopes === match.scopes))
    .slice(0, 10)
    .find((a) => expiresInSeconds(a, nowMs) > threshold);
}
