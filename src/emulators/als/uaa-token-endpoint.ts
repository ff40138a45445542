// UAA/AOK's token endpoint, `POST {authorization_endpoint}/oauth/token`, as the helion/stackato CLI uses
// it: client `cf` with an empty secret in Basic auth, a form body, and the password or refresh_token
// grant. Answers carry lower-case `bearer`, `expires_in`, `refresh_token`, `scope` and `jti`.
//
// Error bodies are Spring OAuth's `{error, error_description}`. [inferred] (AOK's exact bodies were not
// seen): 401 "Bad credentials" for a wrong user or password; 401 "Full authentication is required…" for a
// missing client; 401 invalid_token "Invalid refresh token: <value>" (Spring quotes the token back, so
// clients must redact it); 400 invalid_request / unsupported_grant_type for a missing or other grant.
import { reply, type EmulatorReply } from '../http/emulator-reply';
import type { EmulatorRequest } from '../http/emulator-request';
import { parseAuthorizationHeader, parseBasicAuthorization } from '../http/authorization-header';
import type { PlatformContext } from '../platform-emulator';
import type { AlsState } from './als-state';
import { issueTokens, UAA_CLIENT_ID, validToken } from './uaa-tokens';

/** UAA's spelling (Spring's `MediaType.APPLICATION_JSON_UTF8`). */
const UAA_JSON = 'application/json;charset=UTF-8';

/** Token answers must never be cached (RFC 6749 §5.1). */
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export const UAA_PATH = '/uaa';

export function uaaTokenEndpoint(context: PlatformContext<AlsState>): (request: EmulatorRequest) => EmulatorReply {
  return (request) => {
    const client = authenticateClient(request);
    if (client !== undefined) return client;
    // Spring reads the parameters from the query as well as from a form body.
    const params = new URLSearchParams(request.query);
    if (request.body.kind === 'form') for (const [key, value] of request.body.value) params.set(key, value);

    const grantType = params.get('grant_type');
    if (grantType === null || grantType === '') return oauthError(400, 'invalid_request', 'Missing grant type');
    if (grantType === 'password') return passwordGrant(context, params);
    if (grantType === 'refresh_token') return refreshGrant(context, params);
    return oauthError(400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`);
  };
}

function passwordGrant(context: PlatformContext<AlsState>, params: URLSearchParams): EmulatorReply {
  const user = context.users.authenticate(params.get('username') ?? '', params.get('password') ?? '');
  if (user === undefined) return oauthError(401, 'unauthorized', 'Bad credentials');
  return reply.json(200, issueTokens(context, user, 'password'), NO_STORE, UAA_JSON);
}

function refreshGrant(context: PlatformContext<AlsState>, params: URLSearchParams): EmulatorReply {
  const token = params.get('refresh_token') ?? '';
  if (token === '') return oauthError(400, 'invalid_request', 'Missing refresh token');
  const issued = validToken(context.state.read().refreshTokens, token, context.clock.nowMs());
  const user = issued === undefined ? undefined : context.users.find(issued.username);
  if (issued === undefined || user === undefined) return oauthError(401, 'invalid_token', `Invalid refresh token: ${token}`);
  return reply.json(200, issueTokens(context, user, 'refresh_token', { token, issued }), NO_STORE, UAA_JSON);
}

/** The OAuth client: `cf` with an empty secret, as `Authorization: Basic Y2Y6`. */
function authenticateClient(request: EmulatorRequest): EmulatorReply | undefined {
  const header = request.header('authorization');
  if (parseAuthorizationHeader(header) === undefined) {
    return oauthError(401, 'unauthorized', 'Full authentication is required to access this resource', { 'WWW-Authenticate': 'Basic realm="UAA/client"' });
  }
  const basic = parseBasicAuthorization(header);
  if (basic === undefined || basic.username !== UAA_CLIENT_ID || basic.password !== '') {
    return oauthError(401, 'unauthorized', 'Bad credentials', { 'WWW-Authenticate': 'Basic realm="UAA/client"' });
  }
  return undefined;
}

function oauthError(status: number, error: string, description: string, headers: Record<string, string> = {}): EmulatorReply {
  return reply.json(status, { error, error_description: description }, { ...NO_STORE, ...headers }, UAA_JSON);
}
