// The UAA/AOK token endpoint over real HTTP: the password and refresh grants as the helion CLI sends
// them, Spring OAuth's error bodies, and token expiry by the emulator clock.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { alsEmulator } from '../../../src/emulators/als/als-emulator';
import type { AlsState } from '../../../src/emulators/als/als-state';
import { ACCESS_TOKEN_VALIDITY_SECONDS, REFRESH_TOKEN_VALIDITY_SECONDS } from '../../../src/emulators/als/uaa-tokens';
import { cc, freshSecret, login, loginAdmin, tokenRequest } from './als-http';

function claims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('ALS emulator: UAA token endpoint', () => {
  let als: RunningEmulator<AlsState>;
  beforeAll(async () => {
    als = await startEmulator(alsEmulator);
  });
  afterAll(() => als.stop());
  beforeEach(() => als.admin.reset());

  test('the password grant answers a lower-case bearer JWT with expiry, refresh token, scope and jti', async () => {
    const admin = als.context.users.admin;
    const response = await tokenRequest(als, { grant_type: 'password', username: admin.username, password: admin.password });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const grant = response.json<Record<string, unknown>>();
    expect(Object.keys(grant).sort()).toEqual(['access_token', 'expires_in', 'jti', 'refresh_token', 'scope', 'token_type']);
    expect(grant).toMatchObject({ token_type: 'bearer', expires_in: ACCESS_TOKEN_VALIDITY_SECONDS });
    expect(String(grant['scope']).split(' ')).toEqual(expect.arrayContaining(['cloud_controller.admin', 'cloud_controller.read', 'openid']));
    const access = claims(String(grant['access_token']));
    expect(access).toMatchObject({ jti: grant['jti'], user_name: 'admin', client_id: 'cf', grant_type: 'password' });
    expect(Number(access['exp']) - Number(access['iat'])).toBe(ACCESS_TOKEN_VALIDITY_SECONDS);
    expect(claims(String(grant['refresh_token']))['exp']).toBe(Number(access['iat']) + REFRESH_TOKEN_VALIDITY_SECONDS);
  });

  test('a wrong password or unknown user answers 401 "Bad credentials"', async () => {
    for (const [username, password] of [
      ['admin', freshSecret()],
      ['nobody', freshSecret()],
    ] as const) {
      const response = await tokenRequest(als, { grant_type: 'password', username, password });
      expect(response.status).toBe(401);
      expect(response.json()).toEqual({ error: 'unauthorized', error_description: 'Bad credentials' });
    }
  });

  test('without the cf client\'s Basic auth the endpoint answers 401; another client is bad credentials', async () => {
    const admin = als.context.users.admin;
    const form = { grant_type: 'password', username: admin.username, password: admin.password };
    const missing = await tokenRequest(als, form, null);
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Basic realm="UAA/client"');
    expect(missing.json()).toEqual({ error: 'unauthorized', error_description: 'Full authentication is required to access this resource' });
    const other = await tokenRequest(als, form, `Basic ${Buffer.from(`vmc:${freshSecret()}`).toString('base64')}`);
    expect(other.status).toBe(401);
    expect(other.json()).toEqual({ error: 'unauthorized', error_description: 'Bad credentials' });
  });

  test('a missing or unsupported grant type answers 400', async () => {
    expect((await tokenRequest(als, {})).json()).toEqual({ error: 'invalid_request', error_description: 'Missing grant type' });
    const other = await tokenRequest(als, { grant_type: 'client_credentials' });
    expect(other.status).toBe(400);
    expect(other.json()).toEqual({ error: 'unsupported_grant_type', error_description: 'Unsupported grant type: client_credentials' });
  });

  test('the refresh grant answers a new access token and keeps the refresh token', async () => {
    const first = await loginAdmin(als);
    const response = await tokenRequest(als, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(response.status).toBe(200);
    const second = response.json<{ access_token: string; refresh_token: string; jti: string; token_type: string; scope: string }>();
    expect(second.token_type).toBe('bearer');
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.jti).not.toBe(first.jti);
    expect(second.refresh_token).toBe(first.refresh_token);
    expect(second.scope).toBe(first.scope);
    expect(claims(second.access_token)['grant_type']).toBe('refresh_token');
    expect((await cc(als, 'GET', '/v2/service_auth_tokens', { token: second.access_token })).status).toBe(200);
  });

  test('an unknown refresh token answers 401 invalid_token, quoting the token back as Spring does', async () => {
    const bogus = freshSecret();
    const response = await tokenRequest(als, { grant_type: 'refresh_token', refresh_token: bogus });
    expect(response.status).toBe(401);
    expect(response.json()).toEqual({ error: 'invalid_token', error_description: `Invalid refresh token: ${bogus}` });
  });

  test('access tokens expire by the emulator clock; refresh tokens outlive them, then expire too', async () => {
    const grant = await loginAdmin(als);
    await als.admin.advanceClock(ACCESS_TOKEN_VALIDITY_SECONDS - 1);
    expect((await cc(als, 'GET', '/v2/service_auth_tokens', { token: grant.access_token })).status).toBe(200);
    await als.admin.advanceClock(1);
    expect((await cc(als, 'GET', '/v2/service_auth_tokens', { token: grant.access_token })).status).toBe(401);
    expect((await tokenRequest(als, { grant_type: 'refresh_token', refresh_token: grant.refresh_token })).status).toBe(200);
    await als.admin.advanceClock(REFRESH_TOKEN_VALIDITY_SECONDS);
    expect((await tokenRequest(als, { grant_type: 'refresh_token', refresh_token: grant.refresh_token })).status).toBe(401);
  });

  test('scopes are fixed at login: a role granted later counts from the next login', async () => {
    const password = freshSecret();
    await als.admin.putUser('dev', { password, roles: [] });
    const before = await login(als, 'dev', password);
    expect(before.scope.split(' ')).not.toContain('cloud_controller.admin');
    await als.admin.putUser('dev', { password, roles: ['cloud_controller.admin'] });
    expect((await cc(als, 'POST', '/v2/service_auth_tokens', { token: before.access_token, body: { label: 'l', provider: 'p', token: password } })).status).toBe(403);
    const after = await login(als, 'dev', password);
    expect((await cc(als, 'POST', '/v2/service_auth_tokens', { token: after.access_token, body: { label: 'l', provider: 'p', token: password } })).status).toBe(201);
  });

  test('the state keeps digests of issued tokens, never the tokens', async () => {
    const grant = await loginAdmin(als);
    const state = JSON.stringify(await als.admin.state());
    expect(state).not.toContain(grant.access_token);
    expect(state).not.toContain(grant.refresh_token);
    expect(state).toContain(grant.jti);
  });
});
