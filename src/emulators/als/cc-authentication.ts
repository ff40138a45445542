// Cloud Controller's check of `Authorization: bearer <token>`. The scheme is compared case-insensitively
// (the CLI sends lower-case `bearer`).
//
// [src] CC (since May 2014; base_controller.rb `check_authentication`, uaa_token_decoder.rb) tells two
// cases apart: a header that does not start with "bearer" (any case), or no header at all, leaves CC
// without a token: 401 10002 CF-NotAuthenticated. A bearer token that is malformed, unknown, expired or
// revoked is a bad token: 401 1000 CF-InvalidAuthToken.
import type { EmulatorReply } from '../http/emulator-reply';
import type { UnmatchedRequest } from '../http/emulator-request';
import { parseAuthorizationHeader } from '../http/authorization-header';
import type { PlatformContext } from '../platform-emulator';
import type { EmulatorUser } from '../users/user-directory';
import type { AlsState } from './als-state';
import { cfErrors } from './cf-error';
import { ALS_ADMIN_SCOPE, userGuid, validToken } from './uaa-tokens';

export interface CcCaller {
  readonly user: EmulatorUser;
  readonly userGuid: string;
  /** The scopes granted at login (a role given later counts from the next login, as with UAA). */
  readonly scopes: readonly string[];
  readonly admin: boolean;
}

export function authenticateCc(request: UnmatchedRequest, context: PlatformContext<AlsState>): CcCaller | EmulatorReply {
  const token = bearerToken(request);
  if (token === undefined) return cfErrors.notAuthenticated();
  const issued = validToken(context.state.read().accessTokens, token, context.clock.nowMs());
  if (issued === undefined) return cfErrors.invalidAuthToken();
  // [inferred] "token valid but no user context" (403 10003): here, a user removed after logging in.
  const user = context.users.find(issued.username);
  if (user === undefined) return cfErrors.notAuthorized();
  return { user, userGuid: userGuid(user.username), scopes: issued.scopes, admin: issued.scopes.includes(ALS_ADMIN_SCOPE) };
}

/** The caller when the request carries a valid bearer token; never an error (for endpoints without auth). */
export function optionalCaller(request: UnmatchedRequest, context: PlatformContext<AlsState>): CcCaller | undefined {
  const caller = authenticateCc(request, context);
  return isCaller(caller) ? caller : undefined;
}

export function isCaller(value: CcCaller | EmulatorReply): value is CcCaller {
  return 'user' in value;
}

/**
 * The credentials of a header CC reads as a bearer token (it only checks that the header starts with
 * "bearer"); '' when that header carries none, which is a bad token. Undefined when there is no token.
 */
function bearerToken(request: UnmatchedRequest): string | undefined {
  const value = request.header('authorization');
  if (value === undefined || !value.trim().toLowerCase().startsWith('bearer')) return undefined;
  const header = parseAuthorizationHeader(value);
  return header !== undefined && header.scheme.toLowerCase() === 'bearer' ? header.credentials : '';
}
