// How the VMS emulator authenticates: Basic, JWT (login, refresh, lifetimes on the emulator clock) and
// Api-Token (revoked or expired stop working, last_used recorded), with DRF/simplejwt error bodies;
// X-Tenant-Name must name a known tenant.
import { send } from '../../support/http';
import { startVmsFixture, type VmsFixture } from './vms-http';

const jwtInvalid = {
  detail: 'Given token not valid for any token type',
  code: 'token_not_valid',
  messages: [{ token_class: 'AccessToken', token_type: 'access', message: 'Token is invalid or expired' }],
};

describe('VMS emulator authentication', () => {
  let f: VmsFixture;
  beforeAll(async () => {
    f = await startVmsFixture();
  });
  afterAll(() => f.stop());
  beforeEach(() => f.vms.admin.reset());

  const password = (username: string) => f.vms.context.users.find(username)!.password;
  const login = async (username = 'alice') => {
    const response = await f.call('POST', '/api/token/', { json: { username, password: password(username) } });
    expect(response.status).toBe(200);
    return response.json<{ access: string; refresh: string }>();
  };

  describe('Basic', () => {
    test('no credentials: 401 with DRF\'s detail and a Basic challenge', async () => {
      const response = await f.call('GET', '/api/v5/apitokens/');
      expect(response.status).toBe(401);
      expect(response.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
      expect(response.headers['www-authenticate']).toBe('Basic realm="api"');
    });

    test('a wrong password: 401 "Invalid username/password."; a malformed header says so', async () => {
      const wrong = `Basic ${Buffer.from('admin:not-the-password').toString('base64')}`;
      const response = await f.call('GET', '/api/v5/apitokens/', { auth: wrong });
      expect([response.status, response.json()]).toEqual([401, { detail: 'Invalid username/password.' }]);
      expect((await f.call('GET', '/api/v5/apitokens/', { auth: 'Basic' })).json()).toEqual({ detail: 'Invalid basic header. No credentials provided.' });
    });

    test('an unknown scheme counts as no credentials', async () => {
      const response = await f.call('GET', '/api/v5/apitokens/', { auth: 'Token abc' });
      expect([response.status, response.json()]).toEqual([401, { detail: 'Authentication credentials were not provided.' }]);
    });
  });

  describe('JWT', () => {
    test('login answers access and refresh; the access token authenticates as Bearer', async () => {
      const { access, refresh } = await login();
      expect(access.split('.')).toHaveLength(3);
      expect(refresh).not.toBe(access);
      const response = await f.call('GET', '/api/v5/apitokens/', { auth: `Bearer ${access}` });
      expect(response.status).toBe(200);
    });

    test('login accepts a form body as DRF does', async () => {
      const form = await send(`${f.vms.baseUrl}/api/token/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'bob', password: password('bob') }).toString(),
      });
      expect(form.status).toBe(200);
      expect(Object.keys(form.json<object>()).sort()).toEqual(['access', 'refresh']);
    });

    test('bad login: 401 "No active account…"; missing fields: 400 field errors', async () => {
      const wrong = await f.call('POST', '/api/token/', { json: { username: 'alice', password: 'nope' } });
      expect([wrong.status, wrong.json()]).toEqual([401, { detail: 'No active account found with the given credentials' }]);
      const missing = await f.call('POST', '/api/token/', { json: { username: '' } });
      expect([missing.status, missing.json()]).toEqual([400, { username: ['This field may not be blank.'], password: ['This field is required.'] }]);
      const broken = await send(`${f.vms.baseUrl}/api/token/`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"username":' });
      expect(broken.status).toBe(400);
      expect(broken.json<{ detail: string }>().detail).toMatch(/^JSON parse error - /);
    });

    test('the access token expires after 1 hour of emulator time: 401 token_not_valid', async () => {
      const { access } = await login();
      // A minute short of the lifetime, then past it: real time also runs between the calls (a loaded CI machine).
      await f.vms.admin.advanceClock(3_600 - 60);
      expect((await f.call('GET', '/api/v5/apitokens/', { auth: `Bearer ${access}` })).status).toBe(200);
      await f.vms.admin.advanceClock(60);
      const expired = await f.call('GET', '/api/v5/apitokens/', { auth: `Bearer ${access}` });
      expect([expired.status, expired.json()]).toEqual([401, jwtInvalid]);
    });

    test('refresh answers a new pair while the refresh token lives (1 day); then 401 token_not_valid', async () => {
      const { refresh } = await login();
      await f.vms.admin.advanceClock(86_400 - 60);
      const renewed = await f.call('POST', '/api/token/refresh/', { json: { refresh } });
      expect(renewed.status).toBe(200);
      const pair = renewed.json<{ access: string; refresh: string }>();
      expect((await f.call('GET', '/api/v5/apitokens/', { auth: `Bearer ${pair.access}` })).status).toBe(200);
      await f.vms.admin.advanceClock(60);
      const dead = await f.call('POST', '/api/token/refresh/', { json: { refresh } });
      expect([dead.status, dead.json()]).toEqual([401, { detail: 'Token is invalid or expired', code: 'token_not_valid' }]);
      // The rotated refresh token has a lifetime of its own.
      expect((await f.call('POST', '/api/token/refresh/', { json: { refresh: pair.refresh } })).status).toBe(200);
    });

    test('a refresh token is not an access token, a forged one is refused, and lower-case bearer is no scheme', async () => {
      const { access, refresh } = await login();
      expect((await f.call('GET', '/api/v5/apitokens/', { auth: `Bearer ${refresh}` })).json()).toEqual(jwtInvalid);
      const forged = `${access.slice(0, -4)}AAAA`;
      expect((await f.call('GET', '/api/v5/apitokens/', { auth: `Bearer ${forged}` })).status).toBe(401);
      expect((await f.call('POST', '/api/token/refresh/', { json: { refresh: access } })).status).toBe(401);
      expect((await f.call('GET', '/api/v5/apitokens/', { auth: `bearer ${access}` })).json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    });

    test('a JWT of a user removed since: 401 user_not_found', async () => {
      await f.vms.admin.putUser('carol', {});
      const { access } = await login('carol');
      await f.vms.admin.removeUser('carol');
      const response = await f.call('GET', '/api/v5/apitokens/', { auth: `Bearer ${access}` });
      expect([response.status, response.json()]).toEqual([401, { detail: 'User not found', code: 'user_not_found' }]);
    });
  });

  describe('Api-Token', () => {
    test('authenticates as its owner and records last_used on the emulator clock', async () => {
      const { id, token } = await f.createToken({}, 'alice');
      expect((await f.call('GET', `/api/v5/apitokens/${id}/`, { auth: f.basic('alice') })).json()).toMatchObject({ last_used: null });
      await f.vms.admin.advanceClock(120);
      const mine = await f.call('GET', '/api/v5/apitokens/', { auth: `Api-Token ${token}` });
      expect(mine.status).toBe(200);
      expect(mine.json<{ owner: string }[]>().map((t) => t.owner)).toEqual(['alice']);
      const { now } = await f.vms.admin.clock();
      const shown = (await f.call('GET', `/api/v5/apitokens/${id}/`, { auth: f.basic('alice') })).json<{ last_used: string }>();
      expect(Math.abs(Date.parse(shown.last_used) - Date.parse(now))).toBeLessThan(2_000);
    });

    test('the scheme is case-insensitive; a wrong secret or unknown id is "Invalid token."', async () => {
      const { id, token } = await f.createToken();
      expect((await f.call('GET', '/api/v5/vms/', { auth: `api-token ${token}` })).status).toBe(200);
      for (const auth of [`Api-Token ${id}.${'x'.repeat(32)}`, `Api-Token ZZZZZZZZ.${token.split('.')[1]}`, `Api-Token ${id}`]) {
        const response = await f.call('GET', '/api/v5/vms/', { auth });
        expect([response.status, response.json()]).toEqual([401, { detail: 'Invalid token.' }]);
      }
      expect((await f.call('GET', '/api/v5/vms/', { auth: 'Api-Token' })).json()).toEqual({ detail: 'Invalid token header. No credentials provided.' });
    });

    test('a revoked token stops authenticating', async () => {
      const { id, token } = await f.createToken();
      expect((await f.call('PATCH', `/api/v5/apitokens/${id}/revoke/`, { auth: f.basic('admin') })).status).toBe(200);
      const response = await f.call('GET', '/api/v5/vms/', { auth: `Api-Token ${token}` });
      expect([response.status, response.json()]).toEqual([401, { detail: 'Token has been revoked.' }]);
    });

    test('an expired token stops authenticating, by the emulator clock', async () => {
      const { token } = await f.createToken({ expiry_date: '10m' });
      await f.vms.admin.advanceClock(600 - 60);
      expect((await f.call('GET', '/api/v5/vms/', { auth: `Api-Token ${token}` })).status).toBe(200);
      await f.vms.admin.advanceClock(60);
      const response = await f.call('GET', '/api/v5/vms/', { auth: `Api-Token ${token}` });
      expect([response.status, response.json()]).toEqual([401, { detail: 'Token has expired.' }]);
    });

    test("a token whose owner was removed: 401 'User inactive or deleted.'", async () => {
      await f.vms.admin.putUser('dave', {});
      const { token } = await f.createToken({ owner: 'dave' });
      await f.vms.admin.removeUser('dave');
      expect((await f.call('GET', '/api/v5/vms/', { auth: `Api-Token ${token}` })).json()).toEqual({ detail: 'User inactive or deleted.' });
    });

    test('the state never holds the secret, only its hash', async () => {
      const { token } = await f.createToken();
      const secret = token.split('.')[1]!;
      expect(JSON.stringify(await f.vms.admin.state())).not.toContain(secret);
    });
  });

  describe('X-Tenant-Name', () => {
    test('a known tenant is accepted, an unknown one is a 400 naming it; tenants are added out of band', async () => {
      const auth = f.basic('admin');
      expect((await f.call('GET', '/api/v5/vms/', { auth, headers: { 'X-Tenant-Name': 'default' } })).status).toBe(200);
      const unknown = await f.call('GET', '/api/v5/vms/', { auth, headers: { 'X-Tenant-Name': 'research' } });
      expect([unknown.status, unknown.json()]).toEqual([400, 'Tenant research does not exist']);
      await f.vms.admin.action('add-tenant', { name: 'research' });
      expect((await f.call('GET', '/api/v5/vms/', { auth, headers: { 'X-Tenant-Name': 'research' } })).status).toBe(200);
    });

    test('credentials are checked before the tenant', async () => {
      const response = await f.call('GET', '/api/v5/vms/', { headers: { 'X-Tenant-Name': 'nowhere' } });
      expect(response.status).toBe(401);
    });
  });
});
