// How the ALS client gets and renews its bearer token, against the emulator's UAA over real HTTP: the
// password grant, a given access token, the Stackato CLI token file, refresh on 401 (expired bearer),
// re-login when the refresh token is gone, and one shared renewal for concurrent calls.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alsCredentialsFromEnvironment, AlsClient } from '../../../src/provider/als';
import { loginAdmin } from '../../emulators/als/als-http';
import { addDeveloper, alsClient, counts, failure, secretValue, startAls, type Als } from './als-fixture';

const LIST = 'GET /v2/service_auth_tokens';
const TOKEN = 'POST /uaa/oauth/token';

describe('ALS client: authentication', () => {
  let als: Als;
  let emulatorErrors: unknown[];
  let dir: string;
  const clients: AlsClient[] = [];
  const client = (options: Parameters<typeof alsClient>[1] = {}) => {
    const made = alsClient(als, options);
    clients.push(made);
    return made;
  };
  beforeAll(async () => {
    ({ als, emulatorErrors } = await startAls());
  });
  afterAll(() => als.stop());
  beforeEach(async () => {
    await als.admin.reset();
    dir = mkdtempSync(join(tmpdir(), 'authtoken-als-auth-'));
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
    rmSync(dir, { recursive: true, force: true });
    expect(emulatorErrors).toEqual([]);
  });

  test('an expired bearer token is refreshed once with the refresh token, and the call repeated', async () => {
    const c = client();
    await c.listServiceAuthTokens();
    const before = c.identity!.tokenId;
    await als.admin.action('expire-access-tokens', {});
    await als.admin.resetRequests();
    expect(await c.listServiceAuthTokens()).toEqual([]);
    const log = await als.admin.requests();
    expect(log.entries.map((e) => `${e.route} ${e.outcome.kind === 'answered' ? e.outcome.status : e.outcome.kind}`)).toEqual([`${LIST} 401`, `${TOKEN} 200`, `${LIST} 200`]);
    expect(c.identity!.tokenId).not.toBe(before);
    expect(c.identity!.source).toBe('password');
  });

  test('expiry by the emulator clock is handled the same way', async () => {
    const c = client();
    await c.login();
    await als.admin.advanceClock(12 * 3600);
    await als.admin.resetRequests();
    await c.listServiceAuthTokens();
    expect(await counts(als)).toEqual({ [LIST]: 2, [TOKEN]: 1 });
  });

  test('when the refresh token is refused too, the client logs in again with the password', async () => {
    const c = client();
    await c.login();
    await als.admin.action('revoke-tokens', {});
    await als.admin.resetRequests();
    await c.listServiceAuthTokens();
    const log = await als.admin.requests();
    expect(log.entries.map((e) => `${e.route} ${e.outcome.kind === 'answered' ? e.outcome.status : ''}`)).toEqual([`${LIST} 401`, `${TOKEN} 401`, `${TOKEN} 200`, `${LIST} 200`]);
    expect(log.entries[2]!.url).toBe('/uaa/oauth/token');
  });

  test('a create that met an expired token is sent again after the renewal, and creates one token', async () => {
    const c = client();
    await c.login();
    await als.admin.action('expire-access-tokens', {});
    await als.admin.resetRequests();
    await c.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    expect((await counts(als))['POST /v2/service_auth_tokens']).toBe(2);
    expect(Object.keys(als.context.state.read().serviceAuthTokens)).toHaveLength(1);
  });

  test('concurrent calls share one login and one renewal', async () => {
    const c = client();
    await Promise.all(Array.from({ length: 8 }, () => c.listServiceAuthTokens()));
    expect((await counts(als))[TOKEN]).toBe(1);
    await als.admin.action('expire-access-tokens', {});
    await als.admin.resetRequests();
    // A slow UAA: every 401 arrives while the first renewal is under way, and waits for it.
    await als.admin.addFault({ effect: 'latency', ms: 150, route: '/uaa/oauth/token' });
    await Promise.all(Array.from({ length: 8 }, () => c.listServiceAuthTokens()));
    expect(await counts(als)).toEqual({ [LIST]: 16, [TOKEN]: 1 });
  });

  test('a 401 for a token already renewed by another call renews nothing: the call is sent again with the new token', async () => {
    const c = client();
    await c.login();
    await als.admin.action('expire-access-tokens', {});
    await als.admin.resetRequests();
    // The first list is held 400 ms on its way in, so its 401 (for the old token) comes back after the
    // second list has met its own 401 and renewed.
    await als.admin.addFault({ effect: 'latency', ms: 400, route: '/v2/service_auth_tokens', method: 'GET', times: 1 });
    const slow = c.listServiceAuthTokens();
    await new Promise((r) => setTimeout(r, 50));
    await c.listServiceAuthTokens();
    expect((await counts(als))[TOKEN]).toBe(1);
    await slow;
    const log = await als.admin.requests();
    expect(log.entries.map((e) => `${e.route} ${e.outcome.kind === 'answered' ? e.outcome.status : e.outcome.kind}`).sort()).toEqual(
      [`${LIST} 401`, `${TOKEN} 200`, `${LIST} 200`, `${LIST} 401`, `${LIST} 200`].sort(),
    );
    expect(await counts(als)).toEqual({ [LIST]: 4, [TOKEN]: 1 });
  });

  test('a given access token is used as is, with or without its "bearer " prefix', async () => {
    const grant = await loginAdmin(als);
    for (const accessToken of [grant.access_token, `bearer ${grant.access_token}`, `Bearer  ${grant.access_token} `]) {
      const c = client({ credentials: { accessToken } });
      await als.admin.resetRequests();
      await c.listServiceAuthTokens();
      expect(await counts(als)).toEqual({ [LIST]: 1 });
      expect(c.identity).toMatchObject({ source: 'access_token', userName: 'admin', admin: true, tokenId: grant.jti });
    }
  });

  test('a given access token with its refresh token is renewed after it expires', async () => {
    const grant = await loginAdmin(als);
    const c = client({ credentials: { accessToken: grant.access_token, refreshToken: grant.refresh_token } });
    await als.admin.action('expire-access-tokens', {});
    await c.listServiceAuthTokens();
    expect(c.identity!.source).toBe('access_token');
    expect(c.identity!.tokenId).not.toBe(grant.jti);
  });

  test('a token the client knows to be expired is renewed before it is sent (no 401 round trip)', async () => {
    const grant = await loginAdmin(als);
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const lapsed = `${part({ alg: 'HS256' })}.${part({ user_name: 'admin', exp: Math.floor(Date.now() / 1000) - 10 })}.${part('sig')}`;
    const c = client({ credentials: { accessToken: lapsed, refreshToken: grant.refresh_token } });
    await als.admin.resetRequests();
    await c.listServiceAuthTokens();
    const log = await als.admin.requests();
    expect(log.entries.map((e) => `${e.route} ${e.outcome.kind === 'answered' ? e.outcome.status : ''}`)).toEqual(['GET /v2/info 200', `${TOKEN} 200`, `${LIST} 200`]);
  });

  test('a given access token that expired, with nothing to renew it, fails with CC\'s 401', async () => {
    const grant = await loginAdmin(als);
    const c = client({ credentials: { accessToken: grant.access_token } });
    await als.admin.action('expire-access-tokens', {});
    const error = await failure(c.listServiceAuthTokens());
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, platformMessage: 'Invalid Auth Token', attempts: 1 });
  });

  test('the Stackato CLI token file: target → "bearer <token>", refresh token in the sibling token2', async () => {
    const grant = await loginAdmin(als);
    const file = join(dir, 'token');
    writeFileSync(file, `${JSON.stringify({ 'https://api.other.example': 'bearer x', [als.baseUrl]: `bearer ${grant.access_token}` })}\n`);
    writeFileSync(`${file}2`, JSON.stringify({ [als.baseUrl]: { refresh: grant.refresh_token, organization: 'org-guid' } }));
    const c = client({ credentials: { tokenFile: file } });
    await c.listServiceAuthTokens();
    expect(c.identity).toMatchObject({ source: 'token_file', userName: 'admin', tokenId: grant.jti });
    await als.admin.action('expire-access-tokens', {});
    await als.admin.resetRequests();
    await c.listServiceAuthTokens();
    // Discovery waits until UAA is needed: a token from the file needs none until it is renewed.
    expect(await counts(als)).toEqual({ 'GET /v2/info': 1, [LIST]: 2, [TOKEN]: 1 });
  });

  test('after a 401 the token file is read again: a new login by the CLI is picked up', async () => {
    const first = await loginAdmin(als);
    const file = join(dir, 'token');
    writeFileSync(file, JSON.stringify({ [`${als.baseUrl}/`]: `bearer ${first.access_token}` }));
    const c = client({ credentials: { tokenFile: file } });
    await c.listServiceAuthTokens();
    await als.admin.action('revoke-tokens', {});
    const second = await loginAdmin(als); // the user logs in again with the CLI
    writeFileSync(file, JSON.stringify({ [als.baseUrl]: `bearer ${second.access_token}` }));
    await c.listServiceAuthTokens();
    expect(c.identity!.tokenId).toBe(second.jti);
  });

  test('a plain token file (one token, no JSON) is read too', async () => {
    const grant = await loginAdmin(als);
    const file = join(dir, 'oauth-token');
    writeFileSync(file, `bearer ${grant.access_token}\n`);
    const c = client({ credentials: { tokenFile: file } });
    expect(await c.listServiceAuthTokens()).toEqual([]);
  });

  test('a token file without this target, missing, or not JSON gives a clear error without its content', async () => {
    const grant = await loginAdmin(als);
    const other = join(dir, 'token');
    writeFileSync(other, JSON.stringify({ 'https://api.other.example': `bearer ${grant.access_token}` }));
    const error = await failure(client({ credentials: { tokenFile: other } }).listServiceAuthTokens());
    expect(error.message).toBe(
      `ALS read token file: token file ${other} has no token for ${als.baseUrl} (it has tokens for: https://api.other.example); log in to it with the helion CLI first`,
    );
    expect(error.kind).toBe('invalid');
    expect((await failure(client({ credentials: { tokenFile: join(dir, 'absent') } }).listServiceAuthTokens())).message).toContain('(ENOENT)');
    const broken = join(dir, 'broken');
    writeFileSync(broken, `{"${als.baseUrl}": "bearer ${grant.access_token}`);
    const parse = await failure(client({ credentials: { tokenFile: broken } }).listServiceAuthTokens());
    expect(parse.message).toBe(`ALS read token file: token file ${broken} is not valid JSON`);
  });

  test('credentials are checked when the client is made', () => {
    expect(() => new AlsClient({ apiEndpoint: als.baseUrl, credentials: {} })).toThrow(
      'ALS configure: no credentials: give username and password, an access token, or a token file (ALS_USERNAME/ALS_PASSWORD, ALS_ACCESS_TOKEN, ALS_TOKEN_FILE)',
    );
    expect(() => new AlsClient({ apiEndpoint: als.baseUrl, credentials: { username: 'admin' } })).toThrow('ALS configure: username and password must be given together');
  });

  test('credentials from the environment variables of PRODUCT.md; empty ones count as unset', () => {
    expect(alsCredentialsFromEnvironment({ ALS_USERNAME: 'u', ALS_PASSWORD: 'p', ALS_ACCESS_TOKEN: '', ALS_TOKEN_FILE: '/t' })).toEqual({ username: 'u', password: 'p', tokenFile: '/t' });
    expect(alsCredentialsFromEnvironment({})).toEqual({});
  });

  test('a non-admin user logs in and is told apart by its identity', async () => {
    const c = client({ credentials: await addDeveloper(als) });
    expect(await c.login()).toMatchObject({ userName: 'dev', admin: false, source: 'password' });
  });

  test('an aborted call stops waiting for a shared login, which goes on for the others', async () => {
    await als.admin.addFault({ effect: 'latency', ms: 300, route: '/uaa/oauth/token', times: 1 });
    const c = client();
    const controller = new AbortController();
    const aborted = failure(c.listServiceAuthTokens({ signal: controller.signal }));
    const other = c.listServiceAuthTokens();
    setTimeout(() => controller.abort(), 50);
    expect(await aborted).toMatchObject({ kind: 'aborted' });
    expect(await other).toEqual([]);
    expect((await counts(als))[TOKEN]).toBe(1);
  });
});
