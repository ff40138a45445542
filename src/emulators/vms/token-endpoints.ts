// JWT login and refresh: `POST /api/token/` {username, password} → {access, refresh} and
// `POST /api/token/refresh/` {refresh} → {access, refresh}. No version segment (go-vast-client) and no
// authentication of their own. Bodies and wording follow djangorestframework-simplejwt [inferred].
// [inferred] Refresh rotates: it answers a new refresh token with a fresh lifetime; the old one is not
// blacklisted (it stays usable until it expires).
import { reply } from '../http/emulator-reply';
import type { Router } from '../http/router';
import { drfAuthenticationFailed, drfFieldErrors } from './drf-reply';
import { requestFields } from './request-fields';
import type { VmsRuntime } from './vms-runtime';

export const TOKEN_PATH = '/api/token/';
export const TOKEN_REFRESH_PATH = '/api/token/refresh/';

export function tokenEndpoints(router: Router, { context, jwt }: VmsRuntime): void {
  router.post(TOKEN_PATH, (request) => {
    const body = requestFields(request);
    if (!body.ok) return body.reply;
    const missing = missingFields(body.fields, ['username', 'password']);
    if (missing !== undefined) return missing;
    const user = context.users.authenticate(String(body.fields['username']), String(body.fields['password']));
    if (user === undefined) return drfAuthenticationFailed('No active account found with the given credentials');
    return reply.json(200, { refresh: jwt.issue('refresh', user.username), access: jwt.issue('access', user.username) });
  });

  router.post(TOKEN_REFRESH_PATH, (request) => {
    const body = requestFields(request);
    if (!body.ok) return body.reply;
    const missing = missingFields(body.fields, ['refresh']);
    if (missing !== undefined) return missing;
    const checked = jwt.verify(String(body.fields['refresh']), 'refresh');
    if (!checked.ok) return drfAuthenticationFailed('Token is invalid or expired', { code: 'token_not_valid' });
    const user = context.users.find(checked.claims.username);
    if (user === undefined) return drfAuthenticationFailed('User not found', { code: 'user_not_found' });
    return reply.json(200, { access: jwt.issue('access', user.username), refresh: jwt.issue('refresh', user.username) });
  });
}

function missingFields(fields: Readonly<Record<string, unknown>>, names: readonly string[]) {
  const errors: Record<string, string> = {};
  for (const name of names) {
    const value = fields[name];
    if (value === undefined || value === null) errors[name] = 'This field is required.';
    else if (value === '') errors[name] = 'This field may not be blank.';
  }
  return Object.keys(errors).length === 0 ? undefined : drfFieldErrors(errors);
}
