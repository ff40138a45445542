// Authentication and the scope gate over the wire: Rails' plain-text 401s with their exact
// WWW-Authenticate headers, the identity headers, and what each scope may do with authorizations.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { openShiftEmulator } from '../../../src/emulators/openshift/openshift-emulator';
import type { OpenShiftState } from '../../../src/emulators/openshift/openshift-state';
import { randomHex } from '../../../src/emulators/random';
import { adminAuth, basic, brokerCall, createAuthorization, type Envelope } from './broker-http';

describe('OpenShift emulator: authentication', () => {
  let broker: RunningEmulator<OpenShiftState>;
  beforeAll(async () => {
    broker = await startEmulator(openShiftEmulator);
  });
  afterAll(() => broker.stop());
  beforeEach(() => broker.admin.reset());

  const bearer = (token: string) => `Bearer ${token}`;

  test('no credentials: 401, Basic realm="Application", plain-text body, no envelope', async () => {
    const response = await brokerCall(broker, '/user/authorizations');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Basic realm="Application"');
    expect(response.text).toBe('HTTP Basic: Access denied.\n');
    expect(response.headers['x-openshift-identity']).toBeUndefined();
  });

  test.each([
    ['a wrong password', () => basic('admin', 'wrong')],
    ['an unknown user', () => basic('nobody', 'x')],
    ['a blank user name', () => basic('', 'x')],
    ['a lower-case bearer scheme (the match is case-sensitive)', () => `bearer ${randomHex(64)}`],
    ['an empty Bearer token (falls through to Basic)', () => 'Bearer   '],
  ])('%s: the Basic challenge', async (_name, header) => {
    const response = await brokerCall(broker, '/user/authorizations', { auth: header() });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Basic realm="Application"');
    expect(response.text).toBe('HTTP Basic: Access denied.\n');
  });

  test('an unknown Bearer token: 401 with the "not recognized" challenge (no error_description= key)', async () => {
    const response = await brokerCall(broker, '/user/authorizations', { auth: bearer(randomHex(64)) });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token" "The access token is not recognized"');
    expect(response.text).toBe('HTTP Bearer: Access denied.\n');
  });

  test('an expired Bearer token: 401 "The access token expired", after the clock moves past its lifetime', async () => {
    const auth = await createAuthorization(broker, { scope: 'session', expires_in: 60 });
    expect((await brokerCall(broker, '/user/authorizations', { auth: bearer(auth.token) })).status).toBe(200);
    await broker.admin.advanceClock(61);
    const response = await brokerCall(broker, '/user/authorizations', { auth: bearer(auth.token) });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token" "The access token expired"');
    expect(response.text).toBe('HTTP Bearer: Access denied.\n');
  });

  test('a revoked token answers "expired" as Bearer too', async () => {
    const auth = await createAuthorization(broker, { scope: 'session' });
    await broker.admin.action('revoke', { id: auth.id });
    const response = await brokerCall(broker, '/user', { auth: bearer(auth.token) });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toContain('"The access token expired"');
  });

  test('Basic answers carry the identity headers with scope session', async () => {
    const response = await brokerCall(broker, '/user/authorizations', { auth: adminAuth(broker) });
    expect(response.status).toBe(200);
    expect(response.headers['x-openshift-identity']).toBe('admin');
    expect(response.headers['x-openshift-identity-id']).toMatch(/^[0-9a-f]{24}$/);
    expect(response.headers['x-oauth-scopes']).toBe('session');
  });

  test('Bearer answers carry the token\'s scopes; the user id is stable across methods', async () => {
    const viaBasic = await brokerCall(broker, '/user', { auth: adminAuth(broker) });
    const auth = await createAuthorization(broker, { scope: 'session read' });
    const viaBearer = await brokerCall(broker, '/user', { auth: bearer(auth.token) });
    expect(viaBearer.headers['x-oauth-scopes']).toBe('session read');
    expect(viaBearer.headers['x-openshift-identity']).toBe('admin');
    expect(viaBearer.headers['x-openshift-identity-id']).toBe(viaBasic.headers['x-openshift-identity-id']);
    expect(viaBearer.json<Envelope<{ id: string; login: string }>>().data).toMatchObject({ id: viaBasic.headers['x-openshift-identity-id'], login: 'admin' });
  });

  test('the version is checked before authentication: an unsupported version answers 406 even without credentials', async () => {
    const response = await brokerCall(broker, '/user/authorizations', { accept: 'application/json; version=9' });
    expect(response.status).toBe(406);
    expect(response.json<Envelope>().messages[0]).toMatchObject({
      severity: 'error',
      text: 'Requested API version 9.0 is not supported. Supported versions are 1.0,1.1,1.2,1.3,1.4,1.5,1.6,1.7',
      exit_code: null,
    });
  });

  describe('the scope gate', () => {
    const notAllowed = 'This action is not allowed with your current authorization.';

    test.each([
      ['read', 'GET', '/user/authorizations'],
      ['read', 'POST', '/user/authorizations'],
      ['userinfo', 'GET', '/user/authorizations'],
      ['userinfo', 'DELETE', '/user/authorizations'],
      ['sso', 'GET', '/user'],
      ['oauthaccesstoken', 'GET', '/user/authorizations'],
    ])('a %s token on %s %s: 403 envelope, exit_code 1, identity headers', async (scope, method, path) => {
      const auth = await createAuthorization(broker, { scope });
      const response = await brokerCall(broker, path, { method, auth: bearer(auth.token) });
      expect(response.status).toBe(403);
      const body = response.json<Envelope>();
      expect(body).toMatchObject({ status: 'forbidden', type: null, data: null });
      expect(body.messages).toEqual([{ severity: 'error', text: notAllowed, exit_code: 1, field: null, index: null }]);
      expect(response.headers['x-oauth-scopes']).toBe(scope);
    });

    test('read and userinfo tokens may read the user', async () => {
      for (const scope of ['read', 'userinfo']) {
        const auth = await createAuthorization(broker, { scope });
        expect((await brokerCall(broker, '/user', { auth: bearer(auth.token) })).status).toBe(200);
      }
    });

    test('a token whose stored scopes are all unknown may do nothing', async () => {
      const seeded = await broker.admin.action<{ token: string }>('create-authorization', { login: 'admin', scopes: '' });
      const response = await brokerCall(broker, '/user', { auth: bearer(seeded.token) });
      expect(response.status).toBe(403);
      expect(response.json<Envelope>().messages[0]).toMatchObject({ text: 'You are not authorized to perform any operations.', exit_code: 1 });
    });

    test('a session token manages authorizations like Basic', async () => {
      const session = await createAuthorization(broker, { scope: 'session' });
      const created = await brokerCall(broker, '/user/authorizations', { method: 'POST', auth: bearer(session.token), json: { scope: 'read' } });
      expect(created.status).toBe(201);
      const list = await brokerCall(broker, '/user/authorizations', { auth: bearer(session.token) });
      expect(list.json<Envelope<unknown[]>>().data).toHaveLength(2);
    });

    test('a domain-scoped token passes the gate but sees no tokens and may change none', async () => {
      const domainId = randomHex(24);
      const scoped = await createAuthorization(broker, { scope: `domain/${domainId}/edit` });
      const other = await createAuthorization(broker, { scope: 'read' });
      const auth = bearer(scoped.token);

      const list = await brokerCall(broker, '/user/authorizations', { auth });
      expect(list.status).toBe(200);
      expect(list.json<Envelope<unknown[]>>().data).toEqual([]);
      expect((await brokerCall(broker, `/user/authorization/${other.id}`, { auth })).status).toBe(404);

      const create = await brokerCall(broker, '/user/authorizations', { method: 'POST', auth, json: { scope: 'read' } });
      expect(create.status).toBe(403);
      expect(create.json<Envelope>().messages[0]).toMatchObject({
        text: `You are not permitted to perform this action with the scopes domain/${domainId}/edit (create_authorization on cloud user)`,
        exit_code: 1,
      });
      const remove = await brokerCall(broker, `/user/authorization/${other.id}`, { method: 'DELETE', auth });
      expect(remove.json<Envelope>().messages[0]?.text).toContain('(destroy_authorization on cloud user)');
      expect((await brokerCall(broker, `/user/authorization/${other.id}`, { auth: adminAuth(broker) })).status).toBe(200);
    });

    test('a view-level scope allows GETs only', async () => {
      const scoped = await createAuthorization(broker, { scope: `application/${randomHex(24)}/view` });
      expect((await brokerCall(broker, '/user/authorizations', { auth: bearer(scoped.token) })).status).toBe(200);
      const response = await brokerCall(broker, '/user/authorizations', { method: 'DELETE', auth: bearer(scoped.token) });
      expect(response.status).toBe(403);
      expect(response.json<Envelope>().messages[0]?.text).toBe(notAllowed);
    });
  });

  test('users added at run time authenticate, and see only their own tokens', async () => {
    const password = randomHex(20);
    await broker.admin.putUser('alice', { password });
    const alice = basic('alice', password);
    const mine = await createAuthorization(broker, { scope: 'read' }, alice);
    await createAuthorization(broker, { scope: 'read' });
    const list = await brokerCall(broker, '/user/authorizations', { auth: alice });
    expect(list.json<Envelope<{ id: string; identity: string }[]>>().data).toEqual([expect.objectContaining({ id: mine.id, identity: 'alice' })]);
    expect((await brokerCall(broker, `/user/authorization/${mine.id}`, { auth: adminAuth(broker) })).status).toBe(404);
  });
});
