// Cloud Controller's check of `Authorization: bearer <token>`. The scheme is compared case-insensitively
// (CC splits the header and ignores the scheme's case; the CLI sends lower-case `bearer`). Missing,
// malformed, unknown, expired or revoked tokens all answer 401 CF-InvalidAuthToken.
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
  const issued = token === undefined ? undefined : validToken(context.state.read().accessTokens, token, context.clock.nowMs());
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

function bearerToken(request: UnmatchedRequest): string | undefined {
  const header = parseAuthorizationHeader(request.header('authorization'));
  if (header === undefined || header.scheme.toLowerCase() !== 'bearer' || header.credentials === '') return undefined;
  return header.credentials;
}
