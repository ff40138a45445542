// The apitokens endpoints of the VMS emulator over raw HTTP: exact statuses and bodies for create, show,
// list (filters, both list forms), modify (expiry from creation), revoke (both paths, final), the expiry
// grammar, the per-user limit and RBAC; and the out-of-band admin actions.
import { send } from '../../support/http';
import { startVmsFixture, type VmsFixture } from './vms-http';

interface Token {
  id: string;
  name: string;
  owner: string;
  created: string;
  expiry_date: string | null;
  last_used: string | null;
  revoked: boolean;
  revocation_time: string | null;
}

const DAY_MS = 86_400_000;

describe('VMS emulator API tokens', () => {
  let f: VmsFixture;
  beforeAll(async () => {
    f = await startVmsFixture();
  });
  afterAll(() => f.stop());
  beforeEach(() => f.vms.admin.reset());

  const show = async (id: string, as = 'admin') => (await f.call('GET', `/api/v5/apitokens/${id}/`, { auth: f.basic(as) })).json<Token>();
  const list = async (query = '', as = 'admin') => {
    const response = await f.call('GET', `/api/v5/apitokens/${query}`, { auth: f.basic(as) });
    expect(response.status).toBe(200);
    return response.json<Token[]>();
  };

  describe('create', () => {
    test('201 {id, token}: an 8-character id and <id>.<32-character secret>, defaults for name, owner and expiry', async () => {
      const response = await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') });
      expect(response.status).toBe(201);
      expect(response.headers['content-type']).toBe('application/json');
      const created = response.json<{ id: string; token: string }>();
      expect(Object.keys(created)).toEqual(['id', 'token']);
      expect(created.id).toMatch(/^[A-Za-z0-9]{8}$/);
      expect(created.token).toMatch(new RegExp(`^${created.id}\\.[A-Za-z0-9]{32}$`));
      const token = await show(created.id);
      expect(Object.keys(token)).toEqual(['id', 'name', 'owner', 'created', 'expiry_date', 'last_used', 'revoked', 'revocation_time']);
      expect(token).toMatchObject({ name: 'alice_api_token', owner: 'alice', expiry_date: null, last_used: null, revoked: false, revocation_time: null });
      expect(token.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    });

    test('the secret is shown once: no later answer holds it', async () => {
      const { id, token } = await f.createToken({ name: 'ci' });
      const secret = token.split('.')[1]!;
      const answers = [await f.call('GET', `/api/v5/apitokens/${id}/`, { auth: f.basic('admin') }), await f.call('GET', '/api/v5/apitokens/?archived=true', { auth: f.basic('admin') })];
      for (const answer of answers) expect(answer.text).not.toContain(secret);
    });

    test('name, owner and expiry_date as given; the expiry counts from creation', async () => {
      const { id } = await f.createToken({ name: 'for bob', owner: 'bob', expiry_date: '180D' });
      const token = await show(id);
      expect(token).toMatchObject({ name: 'for bob', owner: 'bob' });
      expect(Date.parse(token.expiry_date!) - Date.parse(token.created)).toBe(180 * DAY_MS);
      expect((await f.createToken({ owner: 'bob' })).id).not.toBe(id);
      expect((await list('?owner=bob')).map((t) => t.name)).toEqual(['for bob', 'bob_api_token']);
    });

    test('the password expiration timeout is the default and the maximum expiry', async () => {
      await f.vms.admin.action('set-password-expiration', { days: 90 });
      const token = await show((await f.createToken()).id);
      expect(Date.parse(token.expiry_date!) - Date.parse(token.created)).toBe(90 * DAY_MS);
      expect((await f.createToken({ expiry_date: '3M' })).id).toBeDefined();
      const over = await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('admin'), json: { expiry_date: '91D' } });
      expect([over.status, over.json()]).toEqual([400, 'Invalid expiry_date "91D": exceeds the maximum of 90 days (the password expiration timeout)']);
    });

    test('the expiry grammar: every documented unit, its exact meaning; everything else is a 400 string', async () => {
      const seconds: Record<string, number> = { '1Y': 365 * 86_400, '2M': 60 * 86_400, '1w': 604_800, '1W': 604_800, '3d': 259_200, '3D': 259_200, '2h': 7_200, '2H': 7_200, '5m': 300, '30s': 30, '30S': 30 };
      await f.vms.admin.action('set-password-expiration', { days: null });
      await f.call('PATCH', '/api/v5/vms/1/set_max_api_tokens_per_user/', { auth: f.basic('admin'), json: { max_api_tokens_per_user: 100 } });
      for (const [expiry, duration] of Object.entries(seconds)) {
        const token = await show((await f.createToken({ expiry_date: expiry })).id);
        expect([expiry, Date.parse(token.expiry_date!) - Date.parse(token.created)]).toEqual([expiry, duration * 1000]);
      }
      for (const bad of ['180X', '1.5D', 'y', '5y', 'D', '180', '-5D', ' 5D', '5 D', '0D', '1D2h', '', '99999999999Y']) {
        const response = await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('admin'), json: { expiry_date: bad } });
        expect([bad, response.status, typeof response.json()]).toEqual([bad, 400, 'string']);
      }
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('admin'), json: { expiry_date: 30 } })).status).toBe(400);
    });

    test('bad name, unknown owner, non-object or unparsable body: 400; another media type: 415', async () => {
      const auth = f.basic('admin');
      const cases: [unknown, unknown][] = [
        [{ name: '' }, 'name must be a non-empty string'],
        [{ name: 'x'.repeat(256) }, 'name must be at most 255 characters'],
        [{ owner: 'nobody' }, 'Manager nobody does not exist'],
        [[1, 2], 'Invalid data. Expected a dictionary.'],
      ];
      for (const [json, body] of cases) {
        const response = await f.call('POST', '/api/v5/apitokens/', { auth, json });
        expect([response.status, response.json()]).toEqual([400, body]);
      }
      const text = await f.call('POST', '/api/v5/apitokens/', { auth, headers: { 'Content-Type': 'text/plain' } });
      expect(text.status).toBe(201); // no body at all: every field is optional
      const unsupported = await send(`${f.vms.baseUrl}/api/v5/apitokens/`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'text/plain' }, body: 'name=x' });
      expect([unsupported.status, unsupported.json()]).toEqual([415, { detail: 'Unsupported media type "text/plain" in request.' }]);
      const broken = await send(`${f.vms.baseUrl}/api/v5/apitokens/`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: '{' });
      expect(broken.status).toBe(400);
      expect(broken.json<{ detail: string }>().detail).toMatch(/^JSON parse error - /);
    });

    test('creating for another owner needs Security create: 403 for a manager without it', async () => {
      const response = await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('guest'), json: { owner: 'bob' } });
      expect([response.status, response.json()]).toEqual([403, { detail: 'You do not have permission to perform this action.' }]);
      expect(await list('?owner=bob')).toEqual([]);
    });
  });

  describe('the per-user limit', () => {
    test('5 valid tokens by default; the 6th is 503 "Max allowed API tokens reached" (a JSON string)', async () => {
      for (let i = 0; i < 5; i++) await f.createToken({}, 'alice');
      const refused = await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') });
      expect(refused.status).toBe(503);
      expect(refused.text).toBe('"Max allowed API tokens reached"');
      expect(refused.headers['retry-after']).toBeUndefined();
      // Per user: bob is not affected.
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('bob') })).status).toBe(201);
    });

    test('revoked and expired tokens do not count', async () => {
      const ids = [];
      for (let i = 0; i < 4; i++) ids.push((await f.createToken({}, 'alice')).id);
      await f.createToken({ expiry_date: '1h' }, 'alice');
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(503);
      await f.call('PATCH', `/api/v5/apitokens/${ids[0]}/revoke`, { auth: f.basic('alice') });
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(201);
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(503);
      await f.vms.admin.advanceClock(3_600);
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(201);
    });

    test('raising the limit through the vms endpoint allows more; lowering it keeps existing tokens valid', async () => {
      const limit = (n: number) => f.call('PATCH', '/api/v5/vms/1/set_max_api_tokens_per_user/', { auth: f.basic('admin'), json: { max_api_tokens_per_user: n } });
      await limit(1);
      const { token } = await f.createToken({}, 'alice');
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(503);
      await limit(2);
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(201);
      await limit(1);
      expect((await f.call('GET', '/api/v5/vms/', { auth: `Api-Token ${token}` })).status).toBe(200);
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(503);
    });
  });

  describe('show', () => {
    test('unknown id: DRF 404; another owner\'s token: 403 without Security view, 200 with it', async () => {
      const missing = await f.call('GET', '/api/v5/apitokens/NoSuchId/', { auth: f.basic('admin') });
      expect([missing.status, missing.json()]).toEqual([404, { detail: 'Not found.' }]);
      const { id } = await f.createToken({}, 'bob');
      expect((await f.call('GET', `/api/v5/apitokens/${id}/`, { auth: f.basic('alice') })).status).toBe(403);
      expect((await f.call('GET', `/api/v5/apitokens/${id}/`, { auth: f.basic('auditor') })).status).toBe(200);
      expect((await f.call('GET', `/api/v5/apitokens/${id}/`, { auth: f.basic('bob') })).status).toBe(200);
    });
  });

  describe('list', () => {
    test('a plain array in creation order; revoked tokens only with archived=true; owner and name filters', async () => {
      const a = await f.createToken({ name: 'a' }, 'alice');
      const b = await f.createToken({ name: 'b' }, 'bob');
      const c = await f.createToken({ name: 'c' }, 'alice');
      await f.call('PATCH', `/api/v5/apitokens/${c.id}/revoke/`, { auth: f.basic('admin') });
      expect((await list()).map((t) => t.id)).toEqual([a.id, b.id]);
      for (const yes of ['true', 'True', '1']) expect((await list(`?archived=${yes}`)).map((t) => t.id)).toEqual([a.id, b.id, c.id]);
      expect((await list('?archived=false')).map((t) => t.id)).toEqual([a.id, b.id]);
      expect((await list('?owner=alice&archived=true')).map((t) => t.id)).toEqual([a.id, c.id]);
      expect((await list('?name=b')).map((t) => t.id)).toEqual([b.id]);
      const bad = await f.call('GET', '/api/v5/apitokens/?archived=maybe', { auth: f.basic('admin') });
      expect([bad.status, bad.json()]).toEqual([400, 'Invalid value for archived: maybe']);
    });

    test('a manager without Security view sees their own tokens only, and may not ask for another owner', async () => {
      await f.createToken({}, 'alice');
      await f.createToken({}, 'bob');
      expect((await list('', 'alice')).map((t) => t.owner)).toEqual(['alice']);
      expect((await f.call('GET', '/api/v5/apitokens/?owner=bob', { auth: f.basic('alice') })).status).toBe(403);
      expect((await list('', 'auditor')).map((t) => t.owner)).toEqual(['alice', 'bob']);
    });

    test('page_size gives DRF pages with absolute, sorted next/previous links; page=last; an invalid page is a 404', async () => {
      const ids = [];
      for (let i = 0; i < 5; i++) ids.push((await f.createToken({}, i % 2 ? 'alice' : 'bob')).id);
      const base = `${f.vms.baseUrl}/api/v5/apitokens/`;
      const first = (await f.call('GET', '/api/v5/apitokens/?page_size=2&archived=false', { auth: f.basic('admin') })).json<Record<string, unknown>>();
      expect(first).toEqual({ count: 5, next: `${base}?archived=false&page=2&page_size=2`, previous: null, results: [expect.objectContaining({ id: ids[0] }), expect.objectContaining({ id: ids[1] })] });
      const second = (await f.call('GET', '/api/v5/apitokens/?page=2&page_size=2&archived=false', { auth: f.basic('admin') })).json<Record<string, unknown>>();
      expect(second).toMatchObject({ next: `${base}?archived=false&page=3&page_size=2`, previous: `${base}?archived=false&page_size=2` });
      const last = (await f.call('GET', '/api/v5/apitokens/?page_size=2&page=last', { auth: f.basic('admin') })).json<{ next: null; results: Token[] }>();
      expect([last.next, last.results.map((t) => t.id)]).toEqual([null, [ids[4]]]);
      for (const page of ['4', '0', 'x']) {
        const response = await f.call('GET', `/api/v5/apitokens/?page_size=2&page=${page}`, { auth: f.basic('admin') });
        expect([response.status, response.json()]).toEqual([404, { detail: 'Invalid page.' }]);
      }
    });

    test('without a usable page_size the list is a plain array; page alone changes nothing; the size is capped at 1000', async () => {
      await f.createToken();
      for (const query of ['', '?page=2', '?page_size=0', '?page_size=abc']) {
        expect(Array.isArray((await f.call('GET', `/api/v5/apitokens/${query}`, { auth: f.basic('admin') })).json())).toBe(true);
      }
      const empty = await f.call('GET', '/api/v5/apitokens/?page_size=5000&owner=bob', { auth: f.basic('admin') });
      expect(empty.json()).toEqual({ count: 0, next: null, previous: null, results: [] });
    });
  });

  describe('modify', () => {
    test('name and expiry_date; the expiry counts from creation, not from now; 200 with a string', async () => {
      const { id } = await f.createToken({ expiry_date: '1D' });
      await f.vms.admin.advanceClock(10 * 86_400);
      const response = await f.call('PATCH', `/api/v5/apitokens/${id}/`, { auth: f.basic('admin'), json: { name: 'renamed', expiry_date: '30D' } });
      expect([response.status, response.json()]).toEqual([200, 'API token updated']);
      const token = await show(id);
      expect(token.name).toBe('renamed');
      expect(Date.parse(token.expiry_date!) - Date.parse(token.created)).toBe(30 * DAY_MS);
    });

    test('404 "API key not found"; 400 for a bad expiry or a revoked token; 403 without Security edit', async () => {
      const missing = await f.call('PATCH', '/api/v5/apitokens/NoSuchId/', { auth: f.basic('admin'), json: { name: 'x' } });
      expect([missing.status, missing.json()]).toEqual([404, 'API key not found']);
      const { id } = await f.createToken({}, 'bob');
      expect((await f.call('PATCH', `/api/v5/apitokens/${id}/`, { auth: f.basic('admin'), json: { expiry_date: '1y' } })).status).toBe(400);
      expect((await f.call('PATCH', `/api/v5/apitokens/${id}/`, { auth: f.basic('guest'), json: { name: 'x' } })).status).toBe(403);
      expect((await f.call('PATCH', `/api/v5/apitokens/${id}/`, { auth: f.basic('bob'), json: { name: 'mine' } })).status).toBe(200);
      await f.call('PATCH', `/api/v5/apitokens/${id}/revoke/`, { auth: f.basic('bob') });
      const revoked = await f.call('PATCH', `/api/v5/apitokens/${id}/`, { auth: f.basic('bob'), json: { name: 'again' } });
      expect([revoked.status, revoked.json()]).toEqual([400, 'Cannot modify a revoked API token']);
    });
  });

  describe('revoke', () => {
    test('with and without the trailing slash; final; the token stays readable; revoking again changes nothing', async () => {
      const one = await f.createToken();
      const two = await f.createToken();
      const first = await f.call('PATCH', `/api/v5/apitokens/${one.id}/revoke`, { auth: f.basic('admin') });
      expect([first.status, first.json()]).toEqual([200, 'API token revoked']);
      expect((await f.call('PATCH', `/api/v5/apitokens/${two.id}/revoke/`, { auth: f.basic('admin') })).status).toBe(200);
      const revoked = await show(one.id);
      expect(revoked).toMatchObject({ revoked: true });
      await f.vms.admin.advanceClock(60);
      expect((await f.call('PATCH', `/api/v5/apitokens/${one.id}/revoke/`, { auth: f.basic('admin') })).status).toBe(200);
      expect((await show(one.id)).revocation_time).toBe(revoked.revocation_time);
    });

    test('404 "Api token not found"; 403 without Security delete', async () => {
      const missing = await f.call('PATCH', '/api/v5/apitokens/NoSuchId/revoke/', { auth: f.basic('admin') });
      expect([missing.status, missing.json()]).toEqual([404, 'Api token not found']);
      const { id } = await f.createToken({}, 'bob');
      expect((await f.call('PATCH', `/api/v5/apitokens/${id}/revoke/`, { auth: f.basic('guest') })).status).toBe(403);
      expect((await show(id)).revoked).toBe(false);
    });
  });

  describe('Security realm permissions (KB "Managing VMS API Tokens")', () => {
    const DENIED = { detail: 'You do not have permission to perform this action.' };
    const asUser = async (username: string, roles: string[]) => {
      await f.vms.admin.putUser(username, { roles });
      return f.basic(username);
    };

    test('a manager without Security create may not create a token, not even their own: DRF 403, nothing created', async () => {
      for (const json of [{}, { owner: 'guest' }, { owner: 'bob', name: 'x', expiry_date: '1D' }]) {
        const response = await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('guest'), json });
        expect([response.status, response.json()]).toEqual([403, DENIED]);
      }
      expect(await list('?archived=true')).toEqual([]);
    });

    test('Security create alone creates tokens for oneself and for other owners, but neither modifies nor revokes them', async () => {
      const auth = await asUser('creator', ['security.create']);
      const own = await f.call('POST', '/api/v5/apitokens/', { auth, json: {} });
      expect(own.status).toBe(201);
      expect((await f.call('POST', '/api/v5/apitokens/', { auth, json: { owner: 'bob' } })).status).toBe(201);
      const { id } = own.json<{ id: string }>();
      const modify = await f.call('PATCH', `/api/v5/apitokens/${id}/`, { auth, json: { name: 'renamed' } });
      const revoke = await f.call('PATCH', `/api/v5/apitokens/${id}/revoke/`, { auth });
      expect([modify.status, modify.json(), revoke.status, revoke.json()]).toEqual([403, DENIED, 403, DENIED]);
      expect(await show(id)).toMatchObject({ name: 'creator_api_token', revoked: false });
    });

    test('modifying takes Security edit, even for one\'s own token; with it, any owner\'s token', async () => {
      const { id } = await f.createToken({ owner: 'guest' });
      const denied = await f.call('PATCH', `/api/v5/apitokens/${id}/`, { auth: f.basic('guest'), json: { name: 'mine' } });
      expect([denied.status, denied.json()]).toEqual([403, DENIED]);
      const editor = await asUser('editor', ['security.edit']);
      expect((await f.call('PATCH', `/api/v5/apitokens/${id}/`, { auth: editor, json: { name: 'edited' } })).status).toBe(200);
      expect((await show(id)).name).toBe('edited');
    });

    test('revoking takes Security delete, even for one\'s own token; with it, any owner\'s token', async () => {
      const { id } = await f.createToken({ owner: 'guest' });
      for (const path of [`/api/v5/apitokens/${id}/revoke/`, `/api/v5/apitokens/${id}/revoke`]) {
        const denied = await f.call('PATCH', path, { auth: f.basic('guest') });
        expect([denied.status, denied.json()]).toEqual([403, DENIED]);
      }
      expect((await show(id)).revoked).toBe(false);
      const revoker = await asUser('revoker', ['security.delete']);
      expect((await f.call('PATCH', `/api/v5/apitokens/${id}/revoke/`, { auth: revoker })).status).toBe(200);
      expect((await show(id)).revoked).toBe(true);
    });

    test('the realm permission is checked before the token is looked up: 403, not 404, for an unknown id', async () => {
      expect((await f.call('PATCH', '/api/v5/apitokens/NoSuchId/', { auth: f.basic('guest'), json: { name: 'x' } })).status).toBe(403);
      expect((await f.call('PATCH', '/api/v5/apitokens/NoSuchId/revoke/', { auth: f.basic('guest') })).status).toBe(403);
    });

    test('without any permission a manager still sees their own tokens, and only those', async () => {
      const { id } = await f.createToken({ owner: 'guest' });
      await f.createToken({ owner: 'bob' });
      expect((await show(id, 'guest')).owner).toBe('guest');
      expect((await list('', 'guest')).map((t) => t.id)).toEqual([id]);
      expect((await f.call('GET', '/api/v5/apitokens/?owner=bob', { auth: f.basic('guest') })).status).toBe(403);
    });

    test('an API token carries its owner\'s permissions', async () => {
      const { token } = await f.createToken({ owner: 'guest' });
      const denied = await f.call('POST', '/api/v5/apitokens/', { auth: `Api-Token ${token}`, json: {} });
      expect([denied.status, denied.json()]).toEqual([403, DENIED]);
      const { token: managerToken } = await f.createToken({ owner: 'alice' });
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: `Api-Token ${managerToken}`, json: {} })).status).toBe(201);
    });
  });

  describe('admin actions', () => {
    test('revoke-api-token, expire-api-token and delete-api-token act out of band', async () => {
      const a = await f.createToken();
      const b = await f.createToken();
      const c = await f.createToken();
      expect(await f.vms.admin.action('revoke-api-token', { id: a.id })).toMatchObject({ id: a.id, revoked: true });
      const expired = await f.vms.admin.action<Token>('expire-api-token', { id: b.id });
      expect(Date.parse(expired.expiry_date!)).toBeLessThanOrEqual(Date.parse((await f.vms.admin.clock()).now));
      expect((await f.call('GET', '/api/v5/vms/', { auth: `Api-Token ${b.token}` })).status).toBe(401);
      expect(await f.vms.admin.action('delete-api-token', { id: c.id })).toEqual({ deleted: c.id });
      expect((await f.call('GET', `/api/v5/apitokens/${c.id}/`, { auth: f.basic('admin') })).status).toBe(404);
      await expect(f.vms.admin.action('expire-api-token', { id: 'NoSuchId' })).rejects.toThrow(/HTTP 404: no API token NoSuchId/);
      await expect(f.vms.admin.action('set-password-expiration', { days: -1 })).rejects.toThrow(/HTTP 400/);
    });

    test('set-max-api-tokens-per-user raises the per-user limit without a VMS user (the bench creates thousands)', async () => {
      expect(await f.vms.admin.action('set-max-api-tokens-per-user', { limit: 7 })).toEqual({ max_api_tokens_per_user: 7 });
      expect((await f.call('GET', '/api/v5/vms/1/', { auth: f.basic('admin') })).json()).toMatchObject({ max_api_tokens_per_user: 7 });
      for (let i = 0; i < 7; i++) expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(201);
      expect((await f.call('POST', '/api/v5/apitokens/', { auth: f.basic('alice') })).status).toBe(503);
      await expect(f.vms.admin.action('set-max-api-tokens-per-user', { limit: 0 })).rejects.toThrow(/HTTP 400/);
    });
  });
});
