// Who is calling, as the broker decides it: a Bearer authorization token first (`^Bearer (.*)`,
// case-sensitive), then HTTP Basic against the user directory. Bearer requests run with the token's
// scopes, Basic ones with `session`. Failures are Rails' plain-text 401s, not envelopes. A user's
// record (id, creation time) is created on first authentication, as the broker's CloudUser is.
import type { EmulatorRequest } from '../http/emulator-request';
import { reply, type EmulatorReply } from '../http/emulator-reply';
import type { PlatformContext } from '../platform-emulator';
import { randomHex } from '../random';
import { isAccessible } from './authorization-records';
import type { OpenShiftState, StoredUser } from './openshift-state';
import { joinScopes, parseScope, readStoredScopes, type ParsedScope } from './scope-list';

export interface BrokerCaller {
  readonly user: StoredUser;
  readonly via: 'basic' | 'bearer';
  /** The scopes the request runs with: the token's, or `session` for Basic. */
  readonly scopes: readonly ParsedScope[];
  /** The authorization a Bearer request authenticated with. */
  readonly authorizationId?: string;
}

export type Authentication = { readonly kind: 'ok'; readonly caller: BrokerCaller } | { readonly kind: 'denied'; readonly reply: EmulatorReply };

const SESSION: readonly ParsedScope[] = [parseScope('session')!];

export function authenticate(request: EmulatorRequest, context: PlatformContext<OpenShiftState>): Authentication {
  const header = request.header('authorization');
  const bearer = header === undefined ? undefined : /^Bearer (.*)/.exec(header)?.[1]?.trim();
  // A blank bearer token falls through to the next method, as in the broker.
  if (bearer !== undefined && bearer !== '') return authenticateBearer(bearer, context);
  const basic = header === undefined ? undefined : basicCredentials(header);
  if (basic === undefined || basic.username === '') return { kind: 'denied', reply: basicChallenge() };
  const account = context.users.authenticate(basic.username, basic.password);
  if (account === undefined) return { kind: 'denied', reply: basicChallenge() };
  return { kind: 'ok', caller: { user: userRecord(context, account.username), via: 'basic', scopes: SESSION } };
}

function authenticateBearer(token: string, context: PlatformContext<OpenShiftState>): Authentication {
  const state = context.state.read();
  const auth = Object.values(state.authorizations).find((a) => a.token === token);
  if (auth === undefined) return { kind: 'denied', reply: bearerChallenge('The access token is not recognized') };
  if (!isAccessible(auth, context.clock.nowMs())) return { kind: 'denied', reply: bearerChallenge('The access token expired') };
  const user = Object.values(state.users).find((u) => u.id === auth.user_id) ?? userRecord(context, auth.identity);
  return { kind: 'ok', caller: { user, via: 'bearer', scopes: readStoredScopes(auth.scopes), authorizationId: auth.id } };
}

/**
 * Rails 3.2 decodes whatever follows the first space as base64 `user:password`, whatever the scheme, so
 * any header that is not a Bearer ends up as Basic credentials (which then fail).
 */
function basicCredentials(header: string): { username: string; password: string } | undefined {
  const space = header.indexOf(' ');
  const decoded = Buffer.from(space < 0 ? header : header.slice(space + 1), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? { username: decoded, password: '' } : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The broker's user record for a login, created on first sight. */
export function userRecord(context: PlatformContext<OpenShiftState>, login: string): StoredUser {
  const existing = context.state.read().users[login];
  if (existing !== undefined) return existing;
  return context.state.update((state) => (state.users[login] = { id: randomHex(24), login, created_at: context.clock.now().toISOString() }));
}

// [inferred] Both 401 bodies are sent as text/plain; Rails 3 may have labelled them otherwise, and
// clients must not rely on the type of a 401 body.

/** No credentials, or Basic credentials the auth service refused: Rails' `request_http_basic_authentication`. */
export function basicChallenge(): EmulatorReply {
  return reply.text(401, 'HTTP Basic: Access denied.\n', { 'WWW-Authenticate': 'Basic realm="Application"' });
}

/** [src] The description follows the error as a bare quoted string, without an `error_description=` key. */
export function bearerChallenge(description: string): EmulatorReply {
  return reply.text(401, 'HTTP Bearer: Access denied.\n', { 'WWW-Authenticate': `Bearer error="invalid_token" "${description}"` });
}

/** Sent on every authenticated answer, errors included. */
export function identityHeaders(caller: BrokerCaller): Record<string, string> {
  return {
    'X-OpenShift-Identity': caller.user.login,
    'X-OpenShift-Identity-Id': caller.user.id,
    'X-OAuth-Scopes': joinScopes(caller.scopes),
  };
}
