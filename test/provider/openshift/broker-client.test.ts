// The broker client against the emulator over real HTTP: every endpoint, typed answers in the broker's
// words, the derived fields (scopes_list, expires_at, expired), Bearer and Basic, the caller's identity
// and its own credential, API versions.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomHex } from '../../../src/emulators/random';
import { send } from '../../support/http';
import {
  OpenShiftBrokerClient,
  brokerOrigin,
  expiresAt,
  isGone,
  readBrokerApi,
} from '../../../src/provider/openshift';
import { adminCredentials, brokerClient, failure, startBroker, type Broker } from './broker-fixture';

const DAY = 86_400;

describe('OpenShift broker client', () => {
  let broker: Broker;
  let client: OpenShiftBrokerClient;
  beforeAll(async () => {
    broker = await startBroker();
    client = brokerClient(broker);
  });
  afterAll(async () => {
    client.close();
    await broker.stop();
  });
  beforeEach(() => broker.admin.reset());

  const bearerClient = (token: string, extra: { username?: string; password?: string } = {}) => brokerClient(broker, { credentials: { token, ...extra } });

  describe('API discovery', () => {
    test('scopes with description and default validity, the default scope, and token support', async () => {
      const api = await client.api();
      expect(api).toMatchObject({ version: '1.7', supported_api_versions: [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7], supports_authorizations: true, default_scope: 'userinfo', default_expires_in: -1 });
      expect(api.scopes.map((s) => s.name)).toEqual(['session', 'read', 'userinfo', 'domain/:id/view', 'domain/:id/edit', 'domain/:id/admin', 'application/:id/view', 'application/:id/edit', 'application/:id/admin']);
      expect(api.scopes[0]).toMatchObject({ name: 'session', default_validity: '1 day', default_validity_seconds: DAY, parameterized: false });
      expect(api.scopes[0]!.description).not.toContain('Valid for');
      expect(api.scopes[0]!.description.length).toBeGreaterThan(10);
      expect(api.scopes[3]).toMatchObject({ name: 'domain/:id/view', default_validity: 'about 1 month', default_validity_seconds: 30 * DAY, parameterized: true });
      expect(api.links['ADD_AUTHORIZATION']?.method).toBe('POST');
    });

    test('needs no credentials: a client with a wrong password still reads it, and no request is refused', async () => {
      const wrong = brokerClient(broker, { credentials: { username: 'admin', password: 'wrong' } });
      expect((await wrong.api()).supports_authorizations).toBe(true);
      wrong.close();
    });

    test('follows the scope timeouts the broker runs with', async () => {
      await broker.admin.action('scope-timeouts', { timeouts: 'session=2.hours|1.day, *=1.week|1.months' });
      const api = await client.api();
      expect(api.scopes.find((s) => s.name === 'session')).toMatchObject({ default_validity: 'about 2 hours', default_validity_seconds: 7200 });
      expect(api.scopes.find((s) => s.name === 'read')).toMatchObject({ default_validity: '7 days', default_validity_seconds: 7 * DAY });
    });

    test('a broker (or API version) without authorizations says so', async () => {
      const old = (await send(`${broker.baseUrl}/broker/rest/api`, { headers: { Accept: 'application/json; version=1.1' } })).json<{ data: unknown; version: string }>();
      const api = readBrokerApi(old.data, old.version, []);
      expect(api).toMatchObject({ supports_authorizations: false, scopes: [] });
    });
  });

  describe('authorizations', () => {
    test('add: typed answer with scopes_list and expires_at = created_at + expires_in', async () => {
      const added = await client.addAuthorization({ scopes: ['session', 'read'], note: 'ci', expires_in: 3600 });
      expect(added.reused).toBe(false);
      const auth = added.authorization;
      expect(auth).toMatchObject({ identity: 'admin', scopes: 'session read', scopes_list: ['session', 'read'], note: 'ci', expires_in: 3600, expires_in_seconds: 3600, expired: false });
      expect(auth.token).toMatch(/^[0-9a-f]{64}$/);
      expect(auth.id).toMatch(/^[0-9a-f]{24}$/);
      expect(Date.parse(auth.expires_at) - Date.parse(auth.created_at)).toBe(3600_000);
      expect(auth).not.toHaveProperty('links');
    });

    test('add with no scope gets the default scope and its default lifetime; a string spec is sent as is', async () => {
      expect((await client.addAuthorization({})).authorization).toMatchObject({ scopes: 'userinfo', expires_in: 30 * DAY });
      expect((await client.addAuthorization({ scopes: 'Session,read' })).authorization.scopes).toBe('session read');
    });

    test('reuse: true answers the matching token (reused); without it a new one is made', async () => {
      const first = await client.addAuthorization({ scopes: ['session'], note: 'login' });
      const again = await client.addAuthorization({ scopes: ['session'], note: 'login', reuse: true });
      expect(again).toMatchObject({ reused: true, authorization: { id: first.authorization.id, token: first.authorization.token } });
      const fresh = await client.addAuthorization({ scopes: ['session'], note: 'login', reuse: false });
      expect(fresh.reused).toBe(false);
      expect(fresh.authorization.id).not.toBe(first.authorization.id);
    });

    test('list: newest first, without expired ones', async () => {
      const a = (await client.addAuthorization({ scopes: 'read', expires_in: 10 })).authorization;
      await broker.admin.advanceClock(1);
      const b = (await client.addAuthorization({ scopes: 'read' })).authorization;
      expect((await client.listAuthorizations()).map((x) => x.id)).toEqual([b.id, a.id]);
      await broker.admin.advanceClock(10);
      const listed = await client.listAuthorizations();
      expect(listed.map((x) => x.id)).toEqual([b.id]);
      expect(listed[0]).toMatchObject({ token: b.token, scopes_list: ['read'] });
    });

    test('list of many tokens is one request', async () => {
      for (let i = 0; i < 50; i++) await broker.admin.action('create-authorization', { login: 'admin', scopes: 'read' });
      await broker.admin.resetRequests();
      expect(await client.listAuthorizations()).toHaveLength(50);
      expect(await broker.admin.count('GET /broker/rest/user/authorizations')).toBe(1);
    });

    test('show by id and by token', async () => {
      const auth = (await client.addAuthorization({ scopes: 'read', note: 'n' })).authorization;
      expect(await client.showAuthorization(auth.id)).toMatchObject({ id: auth.id, token: auth.token, note: 'n' });
      expect((await client.showAuthorization(auth.token)).id).toBe(auth.id);
    });

    test('lookup: active, expired (still readable, 0 s left) and not found are told apart', async () => {
      const auth = (await client.addAuthorization({ scopes: 'read', expires_in: 60 })).authorization;
      expect(await client.lookupAuthorization(auth.id)).toMatchObject({ status: 'active', authorization: { id: auth.id, expired: false } });
      await broker.admin.advanceClock(61);
      const expired = await client.lookupAuthorization(auth.id);
      expect(expired).toMatchObject({ status: 'expired', authorization: { id: auth.id, expires_in_seconds: 0, expired: true } });
      await client.deleteAuthorization(auth.id);
      expect(await client.lookupAuthorization(auth.id)).toEqual({ status: 'not_found' });
      const error = await failure(client.showAuthorization(auth.id));
      expect(isGone(error)).toBe(true);
    });

    test('lookup sees an expiry forced out of band', async () => {
      const auth = (await client.addAuthorization({ scopes: 'read' })).authorization;
      await broker.admin.action('expire', { id: auth.id });
      expect((await client.lookupAuthorization(auth.token)).status).toBe('expired');
    });

    test('update: the note changes, nothing else; null clears it', async () => {
      const auth = (await client.addAuthorization({ scopes: 'read', note: 'old', expires_in: 500 })).authorization;
      const updated = await client.updateAuthorization(auth.id, { note: 'new' });
      expect(updated).toMatchObject({ id: auth.id, note: 'new', scopes: 'read', expires_in: 500, token: auth.token });
      expect((await client.updateAuthorization(auth.token, { note: null })).note).toBeNull();
    });

    test('delete: the broker\'s message; deleting again (or an unknown id) succeeds too', async () => {
      const auth = (await client.addAuthorization({})).authorization;
      expect(await client.deleteAuthorization(auth.id)).toEqual({ message: `Authorization ${auth.id} is revoked.` });
      expect(await client.deleteAuthorization(auth.id)).toEqual({ message: `Authorization ${auth.id} is revoked.` });
      expect((await client.lookupAuthorization(auth.id)).status).toBe('not_found');
    });

    test('delete by token: the message does not show the token', async () => {
      const auth = (await client.addAuthorization({})).authorization;
      const result = await client.deleteAuthorization(auth.token);
      expect(result.message).toBe('Authorization (sensitive value) is revoked.');
      expect((await client.lookupAuthorization(auth.id)).status).toBe('not_found');
    });

    test('delete all, optionally by scope', async () => {
      const info = (await client.addAuthorization({ scopes: 'userinfo' })).authorization;
      const read = (await client.addAuthorization({ scopes: 'read' })).authorization;
      const me = await client.whoAmI();
      expect(await client.deleteAllAuthorizations({ scope: 'userinfo' })).toEqual({ message: `All authorizations for ${me.id} with scope userinfo are revoked.` });
      expect((await client.lookupAuthorization(info.id)).status).toBe('not_found');
      expect((await client.lookupAuthorization(read.id)).status).toBe('active');
      expect(await client.deleteAllAuthorizations()).toEqual({ message: `All authorizations for ${me.id} are revoked.` });
      expect(await client.listAuthorizations()).toEqual([]);
    });

    test('API 1.4: deletes answer 204, which the client accepts', async () => {
      const old = brokerClient(broker, { apiVersion: '1.4' });
      const auth = (await old.addAuthorization({})).authorization;
      expect(await old.deleteAuthorization(auth.id)).toEqual({});
      expect(await old.deleteAllAuthorizations()).toEqual({});
      expect((await client.lookupAuthorization(auth.id)).status).toBe('not_found');
      old.close();
    });
  });

  describe('credentials', () => {
    test('whoAmI with Basic: the login, the user id and scope session', async () => {
      const me = await client.whoAmI();
      expect(me).toEqual({ login: 'admin', id: expect.stringMatching(/^[0-9a-f]{24}$/), scopes: ['session'] });
      expect(client.credential).toEqual({ kind: 'basic', username: 'admin' });
    });

    test('a Bearer client (OPENSHIFT_TOKEN): whoAmI shows the token\'s scopes; a userinfo token may read the user', async () => {
      const token = (await client.addAuthorization({ scopes: 'userinfo' })).authorization.token;
      const bearer = bearerClient(token);
      expect(bearer.credential).toEqual({ kind: 'bearer' });
      expect(await bearer.whoAmI()).toMatchObject({ login: 'admin', scopes: ['userinfo'] });
      bearer.close();
    });

    test('the own credential: found by its token, recognised by token and by id, other tokens are not', async () => {
      const own = (await client.addAuthorization({ scopes: 'session' })).authorization;
      const other = (await client.addAuthorization({ scopes: 'session' })).authorization;
      const bearer = bearerClient(own.token);
      expect(bearer.isOwnCredential({ token: own.token })).toBe(true);
      expect(bearer.isOwnCredential({ id: own.id })).toBe(false); // not looked up yet
      expect((await bearer.ownAuthorization())?.id).toBe(own.id);
      expect(bearer.isOwnCredential({ id: own.id })).toBe(true);
      expect(bearer.isOwnCredential({ id: other.id, token: other.token })).toBe(false);
      expect(client.isOwnCredential({ id: own.id, token: own.token })).toBe(false);
      expect(await client.ownAuthorization()).toBeUndefined();
      bearer.close();
    });

    test('a token that may not read authorizations: ownAuthorization is undefined, the token still matches', async () => {
      const own = (await client.addAuthorization({ scopes: 'read' })).authorization;
      const bearer = bearerClient(own.token);
      expect(await bearer.ownAuthorization()).toBeUndefined();
      expect(bearer.isOwnCredential({ id: own.id, token: own.token })).toBe(true);
      bearer.close();
    });

    test('a refused token with a password: the client falls back to Basic once and stays there', async () => {
      const token = (await client.addAuthorization({ scopes: 'session', expires_in: 0 })).authorization.token;
      const { username, password } = adminCredentials(broker) as { username: string; password: string };
      const bearer = bearerClient(token, { username, password });
      await broker.admin.resetRequests();
      expect(await bearer.listAuthorizations()).toEqual([]);
      expect(bearer.credential).toEqual({ kind: 'basic', username: 'admin' });
      await bearer.listAuthorizations();
      const log = await broker.admin.requests();
      expect(log.entries.map((e) => e.outcome)).toEqual([
        { kind: 'answered', status: 401 },
        { kind: 'answered', status: 200 },
        { kind: 'answered', status: 200 },
      ]);
      bearer.close();
    });

    test('a call refused its token after another call switched to Basic is sent again with Basic, not failed', async () => {
      const token = (await client.addAuthorization({ scopes: 'session', expires_in: 0 })).authorization.token;
      const { username, password } = adminCredentials(broker) as { username: string; password: string };
      const bearer = bearerClient(token, { username, password });
      await broker.admin.resetRequests();
      // The first call is held on its way in, so its 401 comes after the second call's 401 made the switch.
      await broker.admin.addFault({ effect: 'latency', ms: 400, method: 'GET', times: 1 });
      const slow = bearer.listAuthorizations();
      await new Promise((r) => setTimeout(r, 50));
      await bearer.listAuthorizations();
      expect(await slow).toEqual([]);
      const outcomes = (await broker.admin.requests()).entries.map((e) => (e.outcome.kind === 'answered' ? e.outcome.status : e.outcome.kind));
      expect(outcomes.sort()).toEqual([200, 200, 401, 401]);
      bearer.close();
    });

    test('credentials are required', () => {
      expect(() => new OpenShiftBrokerClient({ server: broker.baseUrl, credentials: { token: ' ' } })).toThrow('a token, or a username and password');
    });
  });

  test('an aborted signal cancels the call', async () => {
    const error = await failure(client.listAuthorizations({ signal: AbortSignal.abort() }));
    expect(error.kind).toBe('aborted');
  });

  test.each([
    ['https://broker.example.com', 'https://broker.example.com'],
    ['https://broker.example.com/broker/rest/', 'https://broker.example.com'],
    ['broker.example.com', 'https://broker.example.com'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['https://example.com/openshift/broker/rest', 'https://example.com/openshift'],
  ])('server %s is reached at %s', (server, origin) => {
    expect(brokerOrigin(server)).toBe(origin);
  });

  test('expiresAt adds seconds to the broker\'s second-precision time', () => {
    expect(expiresAt('2014-07-09T22:12:30Z', 15_552_000)).toBe('2015-01-05T22:12:30Z');
    expect(expiresAt('not a time', 1)).toBeUndefined();
  });

  test.each([
    ['{"oops":true}', "unexpected answer: HTTP 200 without the broker's envelope"],
    ['{"messages":[],"data":{"items":[]}}', 'unexpected answer: the list is not an array'],
    ['{"messages":[],"data":[{"id":"x"}]}', 'unexpected answer: the authorization has no "identity"'],
  ])('a malformed 200 (%s) is a failed PlatformError naming what is wrong', async (body, message) => {
    const server = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const stranger = new OpenShiftBrokerClient({ server: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, credentials: { token: randomHex(64) } });
    try {
      const error = await failure(stranger.listAuthorizations());
      expect(error).toMatchObject({ kind: 'failed', platformMessage: message });
      expect(error.message).toBe(`OpenShift list authorizations: ${message}`);
    } finally {
      stranger.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
