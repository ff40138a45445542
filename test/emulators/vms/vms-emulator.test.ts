// The VMS emulator's frame: the vms endpoint and its limit setting, API versions, Django's 404, DRF's 405
// (after authentication, as DRF checks credentials first), and the state file check.
import { reviveVmsState } from '../../../src/emulators/vms/vms-state';
import { startVmsFixture, type VmsFixture } from './vms-http';

describe('VMS emulator', () => {
  let f: VmsFixture;
  beforeAll(async () => {
    f = await startVmsFixture();
  });
  afterAll(() => f.stop());
  beforeEach(() => f.vms.admin.reset());

  test("GET /api/<version>/vms/ with the admin's Basic credentials answers the cluster and its token limit", async () => {
    for (const version of ['latest', 'v1', 'v5', 'v7']) {
      const response = await f.call('GET', `/api/${version}/vms/`, { auth: f.basic('admin') });
      expect(response.status).toBe(200);
      expect(response.json()).toEqual([expect.objectContaining({ id: 1, max_api_tokens_per_user: 5 })]);
    }
  });

  test('GET /api/<version>/vms/<id>/ answers the object; an unknown id is DRF\'s 404', async () => {
    expect((await f.call('GET', '/api/v5/vms/1/', { auth: f.basic('alice') })).json()).toMatchObject({ id: 1, max_api_tokens_per_user: 5 });
    const missing = await f.call('GET', '/api/v5/vms/9/', { auth: f.basic('alice') });
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual({ detail: 'Not found.' });
  });

  test('set_max_api_tokens_per_user changes the limit for everyone; it needs Security edit', async () => {
    const path = '/api/v5/vms/1/set_max_api_tokens_per_user/';
    const denied = await f.call('PATCH', path, { auth: f.basic('guest'), json: { max_api_tokens_per_user: 7 } });
    expect(denied.status).toBe(403);
    expect(denied.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
    const set = await f.call('PATCH', path, { auth: f.basic('admin'), json: { max_api_tokens_per_user: 7 } });
    expect(set.status).toBe(200);
    expect(set.json()).toMatchObject({ id: 1, max_api_tokens_per_user: 7 });
    expect((await f.call('GET', '/api/latest/vms/', { auth: f.basic('bob') })).json()).toEqual([expect.objectContaining({ max_api_tokens_per_user: 7 })]);
  });

  test('set_max_api_tokens_per_user refuses what is not a whole number >= 1 with DRF field errors', async () => {
    const path = '/api/v5/vms/1/set_max_api_tokens_per_user/';
    const cases: [unknown, string][] = [
      [{}, 'This field is required.'],
      [{ max_api_tokens_per_user: 'many' }, 'A valid integer is required.'],
      [{ max_api_tokens_per_user: 2.5 }, 'A valid integer is required.'],
      [{ max_api_tokens_per_user: 0 }, 'Ensure this value is greater than or equal to 1.'],
    ];
    for (const [json, message] of cases) {
      const response = await f.call('PATCH', path, { auth: f.basic('admin'), json });
      expect(response.status).toBe(400);
      expect(response.json()).toEqual({ max_api_tokens_per_user: [message] });
    }
    expect((await f.call('PATCH', '/api/v5/vms/2/set_max_api_tokens_per_user/', { auth: f.basic('admin'), json: { max_api_tokens_per_user: 3 } })).status).toBe(404);
  });

  test("an unknown API version or path answers Django's HTML 404, before any authentication", async () => {
    for (const path of ['/api/version9/vms/', '/api/v0/apitokens/', '/api/latest/nothing/', '/api/apitokens/', '/api/v5/apitokens']) {
      const response = await f.call('GET', path);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toContain('<h1>Not Found</h1>');
    }
  });

  test("DELETE on an API token is DRF's 405 with Allow in Django's order; without credentials it is a 401 first", async () => {
    const { id } = await f.createToken();
    const denied = await f.call('DELETE', `/api/v5/apitokens/${id}/`, { auth: f.basic('admin') });
    expect(denied.status).toBe(405);
    expect(denied.json()).toEqual({ detail: 'Method "DELETE" not allowed.' });
    expect(denied.headers['allow']).toBe('GET, PATCH, HEAD, OPTIONS');
    const anonymous = await f.call('DELETE', `/api/v5/apitokens/${id}/`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    // Still there: nothing deletes a token.
    expect((await f.call('GET', `/api/v5/apitokens/${id}/`, { auth: f.basic('admin') })).status).toBe(200);
  });

  test('other disallowed methods: PUT on the collection, GET on revoke, GET on the JWT login', async () => {
    const { id } = await f.createToken();
    const put = await f.call('PUT', '/api/v5/apitokens/', { auth: f.basic('admin'), json: {} });
    expect([put.status, put.headers['allow']]).toEqual([405, 'GET, POST, HEAD, OPTIONS']);
    const revoke = await f.call('GET', `/api/v5/apitokens/${id}/revoke/`, { auth: f.basic('admin') });
    expect([revoke.status, revoke.headers['allow']]).toEqual([405, 'PATCH, OPTIONS']);
    const login = await f.call('GET', '/api/token/');
    expect([login.status, login.headers['allow'], login.json()]).toEqual([405, 'POST, OPTIONS', { detail: 'Method "GET" not allowed.' }]);
  });

  test('the state file part is checked when loaded', () => {
    expect(() => reviveVmsState({ vms: {} })).toThrow(/not VMS emulator state/);
    expect(() =>
      reviveVmsState({ vms: { id: 1, max_api_tokens_per_user: 5 }, passwordExpirationDays: null, tenants: ['default'], apiTokens: { abc: { id: 'other' } }, nextSerial: 1 }),
    ).toThrow(/API token "abc" is malformed/);
    const good = { vms: { id: 1, name: 'vms', sw_version: '5.3.0', max_api_tokens_per_user: 5 }, passwordExpirationDays: 30, tenants: ['default'], apiTokens: {}, nextSerial: 1 };
    expect(reviveVmsState(good)).toEqual(good);
  });
});
