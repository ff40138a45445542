// How the VMS client authenticates: go-vast-client's precedence, the id of its own API token, JWT login
// with refresh after the access token expires (then a new login when the refresh token has expired too),
// and API-token credentials that stop working once revoked or expired.
import { randomAlphanumeric, randomPassword } from '../../../src/emulators/random';
import { selectVmsCredentials } from '../../../src/provider/vms';
import { failure, startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

describe('selectVmsCredentials (go-vast-client precedence: API token, then Basic, then JWT)', () => {
  // Values generated per run: no credential-shaped literal in the repository.
  const token = `${randomAlphanumeric(8)}.${randomAlphanumeric(32)}`;
  const password = randomPassword();

  test('an API token wins over username and password', () => {
    expect(selectVmsCredentials({ apiToken: token, username: 'u', password, useBasicAuth: true })).toEqual({ ok: true, credentials: { kind: 'api-token', token } });
  });

  test('username and password: Basic when asked, JWT otherwise', () => {
    expect(selectVmsCredentials({ username: 'u', password, useBasicAuth: true })).toEqual({ ok: true, credentials: { kind: 'basic', username: 'u', password } });
    expect(selectVmsCredentials({ username: 'u', password })).toEqual({ ok: true, credentials: { kind: 'jwt', username: 'u', password } });
    expect(selectVmsCredentials({ apiToken: '', username: 'u', password })).toMatchObject({ credentials: { kind: 'jwt' } });
  });

  test('missing or malformed credentials are refused with a reason that never quotes them', () => {
    expect(selectVmsCredentials({})).toEqual({ ok: false, reason: expect.stringContaining('VMS_API_TOKEN') });
    expect(selectVmsCredentials({ username: 'u' })).toEqual({ ok: false, reason: expect.stringMatching(/^VMS password is missing/) });
    const noUser = selectVmsCredentials({ password });
    expect(noUser).toEqual({ ok: false, reason: expect.stringMatching(/^VMS username is missing/) });
    const undotted = randomAlphanumeric(40);
    const malformed = selectVmsCredentials({ apiToken: undotted });
    expect(malformed).toEqual({ ok: false, reason: expect.stringContaining('<id>.<secret>') });
    expect(JSON.stringify([noUser, malformed])).not.toMatch(new RegExp(`${password}|${undotted}`));
  });
});

describe('VMS client authentication', () => {
  let f: VmsClientFixture;
  beforeAll(async () => {
    f = await startVmsClientFixture();
  });
  afterAll(() => f.stop());
  beforeEach(() => f.vms.admin.reset());
  afterEach(() => f.closeAll());

  test('an API token client exposes the id of its own token (the part before the dot), and acts as its owner', async () => {
    const created = await f.client(f.basic('alice')).createApiToken();
    const client = f.client(f.apiToken(created.token));
    expect([client.authMethod, client.apiTokenId, client.username]).toEqual(['api-token', created.id, undefined]);
    const mine = await client.listApiTokens();
    expect(mine.map((t) => [t.id, t.owner])).toEqual([[created.id, 'alice']]);
    // The VMS records the use.
    expect(mine[0]!.last_used).not.toBeNull();
  });

  test('an API token client refuses to revoke its own credential, sending nothing; other tokens it may revoke', async () => {
    const admin = f.client(f.basic('admin'));
    const own = await admin.createApiToken({ owner: 'alice' });
    const other = await admin.createApiToken({ owner: 'alice' });
    const client = f.client(f.apiToken(own.token));
    await f.vms.admin.resetRequests();
    const error = await failure(client.revokeApiToken(own.id));
    expect(error).toMatchObject({ kind: 'conflict', operation: 'revoke API token', status: undefined });
    expect(error.message).toBe(`VMS revoke API token: refusing to revoke API token ${own.id}: it is the credential this client authenticates with`);
    expect((await f.vms.admin.requests()).total).toBe(0);
    await client.revokeApiToken(other.id);
    expect((await client.getApiToken(other.id)).revoked).toBe(true);
  });

  test('Basic and JWT clients expose their username and no token id', () => {
    expect([f.client(f.basic('bob')).apiTokenId, f.client(f.basic('bob')).username, f.client(f.basic('bob')).authMethod]).toEqual([undefined, 'bob', 'basic']);
    expect([f.client(f.jwt('bob')).authMethod, f.client(f.jwt('bob')).username]).toEqual(['jwt', 'bob']);
  });

  test('Basic sends the credentials on every call, without any login', async () => {
    const client = f.client(f.basic('bob'));
    await client.listApiTokens();
    await client.createApiToken();
    const { counts } = await f.vms.admin.requests();
    expect(counts).toEqual({ 'GET /api/:version/apitokens/': 1, 'POST /api/:version/apitokens/': 1 });
  });

  test('JWT: one login, then the access token on every call; concurrent first calls share the login', async () => {
    const client = f.client(f.jwt('alice'));
    await Promise.all([client.listApiTokens(), client.listApiTokens(), client.getMaxApiTokensPerUser()]);
    await client.createApiToken();
    const { counts } = await f.vms.admin.requests();
    expect(counts['POST /api/token/']).toBe(1);
    expect(counts['GET /api/:version/apitokens/']).toBe(2);
    expect(counts['POST /api/token/refresh/']).toBeUndefined();
  });

  test('JWT: after the access token expires (1 h) the 401 is answered by a refresh and the call repeated once', async () => {
    const client = f.client(f.jwt('alice'));
    await client.listApiTokens();
    await f.vms.admin.advanceClock(3_600);
    await f.vms.admin.resetRequests();
    expect(await client.listApiTokens()).toEqual([]);
    const { entries } = await f.vms.admin.requests();
    expect(entries.map((e) => [e.route, e.outcome])).toEqual([
      ['GET /api/:version/apitokens/', { kind: 'answered', status: 401 }],
      ['POST /api/token/refresh/', { kind: 'answered', status: 200 }],
      ['GET /api/:version/apitokens/', { kind: 'answered', status: 200 }],
    ]);
  });

  test('JWT: a burst of calls meeting the expired access token renews it once', async () => {
    const client = f.client(f.jwt('alice'));
    await client.listApiTokens();
    await f.vms.admin.advanceClock(3_600);
    await f.vms.admin.resetRequests();
    const results = await Promise.all(Array.from({ length: 6 }, () => client.listApiTokens()));
    expect(results).toEqual(Array.from({ length: 6 }, () => []));
    const { counts } = await f.vms.admin.requests();
    expect(counts['POST /api/token/refresh/']).toBe(1);
    expect(counts['POST /api/token/']).toBeUndefined();
    expect(counts['GET /api/:version/apitokens/']).toBe(12);
  });

  test('JWT: a create refused with 401 for an expired access token is repeated once after the refresh, creating one token', async () => {
    const client = f.client(f.jwt('alice'));
    await client.listApiTokens();
    await f.vms.admin.advanceClock(3_600);
    await client.createApiToken();
    const { counts } = await f.vms.admin.requests();
    expect(counts['POST /api/:version/apitokens/']).toBe(2);
    expect(await client.listApiTokens()).toHaveLength(1);
  });

  test('JWT: when the refresh token has expired too (1 day), the client logs in again', async () => {
    const client = f.client(f.jwt('alice'));
    await client.listApiTokens();
    await f.vms.admin.advanceClock(2 * 86_400);
    await f.vms.admin.resetRequests();
    await client.listApiTokens();
    const { entries } = await f.vms.admin.requests();
    expect(entries.map((e) => [e.route, e.outcome.kind === 'answered' ? e.outcome.status : e.outcome.kind])).toEqual([
      ['GET /api/:version/apitokens/', 401],
      ['POST /api/token/refresh/', 401],
      ['POST /api/token/', 200],
      ['GET /api/:version/apitokens/', 200],
    ]);
  });

  test('JWT: a wrong password fails the login with the VMS\'s message, as unauthorized', async () => {
    const client = f.client({ kind: 'jwt', username: 'alice', password: 'not-the-password' });
    const error = await failure(client.listApiTokens());
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, operation: 'log in' });
    expect(error.message).toBe('VMS log in: HTTP 401: No active account found with the given credentials');
    expect(await f.vms.admin.count('GET /api/:version/apitokens/')).toBe(0);
  });

  test('JWT: a user removed since login fails after one renewal attempt, without looping', async () => {
    const password = randomPassword();
    await f.vms.admin.putUser('carol', { password });
    const client = f.client({ kind: 'jwt', username: 'carol', password });
    await client.listApiTokens();
    await f.vms.admin.removeUser('carol');
    await f.vms.admin.resetRequests();
    const error = await failure(client.listApiTokens());
    expect(error).toMatchObject({ kind: 'unauthorized', operation: 'log in' });
    const { entries } = await f.vms.admin.requests();
    expect(entries.map((e) => e.route)).toEqual(['GET /api/:version/apitokens/', 'POST /api/token/refresh/', 'POST /api/token/']);
  });

  test('a revoked API-token credential fails with 401 "Token has been revoked." and is not retried', async () => {
    const admin = f.client(f.basic('admin'));
    const { id, token } = await admin.createApiToken({ owner: 'alice' });
    const client = f.client(f.apiToken(token));
    await client.listApiTokens();
    await admin.revokeApiToken(id);
    await f.vms.admin.resetRequests();
    const error = await failure(client.listApiTokens());
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, attempts: 1 });
    expect(error.message).toBe('VMS list API tokens: HTTP 401: Token has been revoked.');
    expect((await f.vms.admin.requests()).total).toBe(1);
  });

  test('an expired API-token credential fails with 401 "Token has expired." (by expiry_date, or forced out of band)', async () => {
    const admin = f.client(f.basic('admin'));
    const short = await admin.createApiToken({ expiry_date: '1h' });
    const forced = await admin.createApiToken();
    await f.vms.admin.advanceClock(3_600);
    await f.vms.admin.action('expire-api-token', { id: forced.id });
    for (const { token } of [short, forced]) {
      const error = await failure(f.client(f.apiToken(token)).getMaxApiTokensPerUser());
      expect(error).toMatchObject({ kind: 'unauthorized', status: 401, platformMessage: 'Token has expired.' });
    }
  });
});
