// The tokens UAA/AOK issues: JWTs (as real UAA issues them, so clients can read `user_name`, `scope`
// and `exp`), signed with a key made per start. The emulator never trusts a token by its signature: a
// token is valid only while its digest is in the state and the emulator clock is before its expiry, so
// tests can expire or revoke tokens out of band and tokens survive a restart with --state-file.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { randomGuid } from '../random';
import type { PlatformContext } from '../platform-emulator';
import type { EmulatorUser } from '../users/user-directory';
import type { AlsState, IssuedToken } from './als-state';
import { tokenDigest } from './secret-digest';

/** The UAA scope that makes a user a Cloud Controller admin. */
export const ALS_ADMIN_SCOPE = 'cloud_controller.admin';

/** Scopes every UAA user of a Stackato cluster gets; an emulator user's roles are added to them. */
export const DEFAULT_USER_SCOPES = ['cloud_controller.read', 'cloud_controller.write', 'openid', 'password.write', 'scim.userids', 'uaa.user'] as const;

/**
 * Lifetimes. [inferred]: AOK's values are not documented; these are UAA's defaults (12 h access, 30 days
 * refresh, less the second UAA subtracts). Tests move the emulator clock instead of waiting.
 */
export const ACCESS_TOKEN_VALIDITY_SECONDS = 43_199;
export const REFRESH_TOKEN_VALIDITY_SECONDS = 2_591_999;

/** The client id the helion/stackato CLI (and cf) log in with, with an empty secret. */
export const UAA_CLIENT_ID = 'cf';

export interface TokenGrant {
  readonly access_token: string;
  readonly token_type: 'bearer';
  readonly refresh_token: string;
  readonly expires_in: number;
  readonly scope: string;
  readonly jti: string;
}

/** Signs tokens of this process; never checked (see the header), it only makes them look like UAA's. */
const SIGNING_KEY = randomBytes(32);

/** A stable user guid per username, as UAA's `user_id` and CC's user guid. */
export function userGuid(username: string): string {
  const hex = createHash('sha256').update(`als-user:${username}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function scopesOf(user: EmulatorUser): string[] {
  return [...new Set([...DEFAULT_USER_SCOPES, ...user.roles])];
}

/** Issues an access token and, when `refresh` is not given, a new refresh token; both are remembered. */
export function issueTokens(context: PlatformContext<AlsState>, user: EmulatorUser, grantType: 'password' | 'refresh_token', refresh?: { token: string; issued: IssuedToken }): TokenGrant {
  const nowMs = context.clock.nowMs();
  const jti = randomGuid().replace(/-/g, '');
  const scopes = refresh?.issued.scopes ?? scopesOf(user);
  const uaaUrl = `${context.baseUrl}/uaa`;
  const claims = (tokenJti: string, validitySeconds: number) => ({
    jti: tokenJti,
    sub: userGuid(user.username),
    scope: scopes,
    client_id: UAA_CLIENT_ID,
    cid: UAA_CLIENT_ID,
    azp: UAA_CLIENT_ID,
    grant_type: grantType,
    user_id: userGuid(user.username),
    user_name: user.username,
    email: `${user.username}@emulator.invalid`,
    iat: Math.floor(nowMs / 1000),
    exp: Math.floor(nowMs / 1000) + validitySeconds,
    iss: `${uaaUrl}/oauth/token`,
    aud: [...new Set(scopes.map((s) => s.split('.')[0]!))],
  });
  const accessToken = signJwt(claims(jti, ACCESS_TOKEN_VALIDITY_SECONDS));
  const refreshToken = refresh?.token ?? signJwt(claims(`${jti}-r`, REFRESH_TOKEN_VALIDITY_SECONDS));
  context.state.update((state) => {
    pruneExpired(state, nowMs);
    state.accessTokens[tokenDigest(accessToken)] = { jti, username: user.username, scopes, issuedAtMs: nowMs, expiresAtMs: nowMs + ACCESS_TOKEN_VALIDITY_SECONDS * 1000 };
    if (refresh === undefined) {
      state.refreshTokens[tokenDigest(refreshToken)] = { jti: `${jti}-r`, username: user.username, scopes, issuedAtMs: nowMs, expiresAtMs: nowMs + REFRESH_TOKEN_VALIDITY_SECONDS * 1000 };
    }
  });
  return { access_token: accessToken, token_type: 'bearer', refresh_token: refreshToken, expires_in: ACCESS_TOKEN_VALIDITY_SECONDS, scope: scopes.join(' '), jti };
}

/** The issued token when it is known and not expired by the emulator clock. */
export function validToken(tokens: Readonly<Record<string, IssuedToken>>, token: string, nowMs: number): IssuedToken | undefined {
  const issued = tokens[tokenDigest(token)];
  return issued !== undefined && nowMs < issued.expiresAtMs ? issued : undefined;
}

/** Keeps the state small: tokens expired for more than a day are forgotten (they read as unknown: same 401). */
function pruneExpired(state: AlsState, nowMs: number): void {
  const horizon = nowMs - 86_400_000;
  for (const table of [state.accessTokens, state.refreshTokens]) {
    for (const [digest, issued] of Object.entries(table)) if (issued.expiresAtMs < horizon) delete table[digest];
  }
}

function signJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', SIGNING_KEY).update(unsigned).digest('base64url')}`;
}
