// Who is calling: HTTP Basic, a JWT from /api/token/ (`Bearer`), or an API token (`Api-Token <id>.<secret>`),
// each failing as its DRF authentication class does. A missing or unknown scheme is "not provided". An API
// token that is revoked or expired, or whose owner is gone, stops authenticating; a good one records
// `last_used`. The optional `X-Tenant-Name` header must name a known tenant.
import { timingSafeEqual } from 'node:crypto';
import type { EmulatorRequest, UnmatchedRequest } from '../http/emulator-request';
import type { EmulatorReply } from '../http/emulator-reply';
import { parseAuthorizationHeader } from '../http/authorization-header';
import type { PlatformContext } from '../platform-emulator';
import type { EmulatorUser } from '../users/user-directory';
import { hashSecret, isExpired, rfc3339 } from './api-token-store';
import { drfAuthenticationFailed, drfNotAuthenticated, vmsMessage } from './drf-reply';
import type { JwtIssuer } from './jwt';
import type { VmsState } from './vms-state';

export interface VmsPrincipal {
  readonly user: EmulatorUser;
  readonly via: 'basic' | 'jwt' | 'api-token';
  /** The authenticating API token's id, when `via` is `api-token`. */
  readonly apiTokenId?: string;
}

export type Authenticated = { ok: true; principal: VmsPrincipal } | { ok: false; reply: EmulatorReply };

/** simplejwt's answer to a Bearer token it cannot accept (bad signature, expired, a refresh token…). */
export function jwtNotValid(tokenType: 'access' | 'refresh'): EmulatorReply {
  const tokenClass = tokenType === 'access' ? 'AccessToken' : 'RefreshToken';
  return drfAuthenticationFailed('Given token not valid for any token type', {
    code: 'token_not_valid',
    messages: [{ token_class: tokenClass, token_type: tokenType, message: 'Token is invalid or expired' }],
  });
}

export function authenticate(request: EmulatorRequest | UnmatchedRequest, context: PlatformContext<VmsState>, jwt: JwtIssuer): Authenticated {
  const header = parseAuthorizationHeader(request.header('authorization'));
  const fail = (reply: EmulatorReply): Authenticated => ({ ok: false, reply });
  const pass = (principal: VmsPrincipal): Authenticated => {
    const tenant = request.header('x-tenant-name');
    // [unknown] The VMS's answer to an unknown tenant; the emulator answers a 400 string naming it.
    if (tenant !== undefined && !context.state.read().tenants.includes(tenant)) return fail(vmsMessage(400, `Tenant ${tenant} does not exist`));
    return { ok: true, principal };
  };
  if (header === undefined) return fail(drfNotAuthenticated());
  const scheme = header.scheme;

  if (scheme.toLowerCase() === 'basic') {
    if (header.credentials === '') return fail(drfAuthenticationFailed('Invalid basic header. No credentials provided.'));
    const decoded = Buffer.from(header.credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return fail(drfAuthenticationFailed('Invalid basic header. Credentials not correctly base64 encoded.'));
    const user = context.users.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1));
    return user === undefined ? fail(drfAuthenticationFailed()) : pass({ user, via: 'basic' });
  }

  // simplejwt compares the header type case-sensitively.
  if (scheme === 'Bearer') {
    const checked = jwt.verify(header.credentials, 'access');
    if (!checked.ok) return fail(jwtNotValid('access'));
    const user = context.users.find(checked.claims.username);
    return user === undefined ? fail(drfAuthenticationFailed('User not found', { code: 'user_not_found' })) : pass({ user, via: 'jwt' });
  }

  if (scheme.toLowerCase() === 'api-token') {
    if (header.credentials === '') return fail(drfAuthenticationFailed('Invalid token header. No credentials provided.'));
    const dot = header.credentials.indexOf('.');
    const id = dot < 0 ? header.credentials : header.credentials.slice(0, dot);
    const secret = dot < 0 ? '' : header.credentials.slice(dot + 1);
    const stored = Object.hasOwn(context.state.read().apiTokens, id) ? context.state.read().apiTokens[id] : undefined;
    if (stored === undefined || !sameHash(stored.secret_sha256, hashSecret(secret))) return fail(drfAuthenticationFailed('Invalid token.'));
    // [inferred] DRF-style wording for the two reasons a known token stops working.
    if (stored.revoked) return fail(drfAuthenticationFailed('Token has been revoked.'));
    const nowMs = context.clock.nowMs();
    if (isExpired(stored, nowMs)) return fail(drfAuthenticationFailed('Token has expired.'));
    const user = context.users.find(stored.owner);
    if (user === undefined) return fail(drfAuthenticationFailed('User inactive or deleted.'));
    context.state.update((s) => {
      s.apiTokens[id]!.last_used = rfc3339(nowMs);
    });
    return pass({ user, via: 'api-token', apiTokenId: id });
  }

  return fail(drfNotAuthenticated());
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
