// /v2/service_auth_tokens over real HTTP: CRUD with CC's status codes and headers, every error row of
// platform-apis.md §A.4, admin vs non-admin, and the secret never answered.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { alsEmulator } from '../../../src/emulators/als/als-emulator';
import type { AlsState } from '../../../src/emulators/als/als-state';
import type { RawResponse } from '../../support/http';
import { cc, freshSecret, login, loginAdmin } from './als-http';

const PATH = '/v2/service_auth_tokens';

interface Resource {
  metadata: { guid: string; url: string; created_at: string; updated_at: string | null };
  entity: { label: string; provider: string };
}

function cfBody(response: RawResponse): { code: number; description: string; error_code: string } {
  return response.json();
}

describe('ALS emulator: /v2/service_auth_tokens', () => {
  let als: RunningEmulator<AlsState>;
  let admin: string;
  let dev: string;
  const secrets: string[] = [];
  const secret = () => {
    const s = freshSecret();
    secrets.push(s);
    return s;
  };

  beforeAll(async () => {
    als = await startEmulator(alsEmulator);
  });
  afterAll(() => als.stop());
  beforeEach(async () => {
    await als.admin.reset();
    admin = (await loginAdmin(als)).access_token;
    const password = secret();
    await als.admin.putUser('dev', { password, roles: [] });
    dev = (await login(als, 'dev', password)).access_token;
  });
  afterEach(async () => {
    // Whatever a test did, no answer it could get (state included) holds a secret it sent.
    const state = JSON.stringify(await als.admin.state());
    for (const s of secrets) expect(state).not.toContain(s);
  });

  const create = (body: unknown, token = admin) => cc(als, 'POST', PATH, { token, body });

  test('create answers 201 with Location, the resource without its token, and CC\'s headers', async () => {
    const token = secret();
    const response = await create({ label: 'mysql', provider: 'core', token });
    expect(response.status).toBe(201);
    expect(response.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(response.headers['x-vcap-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const resource = response.json<Resource>();
    expect(response.headers['location']).toBe(`${PATH}/${resource.metadata.guid}`);
    expect(resource).toEqual({
      metadata: { guid: expect.stringMatching(/^[0-9a-f-]{36}$/), url: `${PATH}/${resource.metadata.guid}`, created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/), updated_at: null },
      entity: { label: 'mysql', provider: 'core' },
    });
    expect(response.text).not.toContain(token);
  });

  test('label and provider are stripped of surrounding whitespace', async () => {
    const resource = (await create({ label: '  redis\t', provider: ' core ', token: secret() })).json<Resource>();
    expect(resource.entity).toEqual({ label: 'redis', provider: 'core' });
  });

  test('read by guid answers the resource; the token is never in it', async () => {
    const token = secret();
    const { metadata } = (await create({ label: 'mysql', provider: 'core', token })).json<Resource>();
    const response = await cc(als, 'GET', metadata.url, { token: admin });
    expect(response.status).toBe(200);
    expect(response.json<Resource>().entity).toEqual({ label: 'mysql', provider: 'core' });
    expect(response.text).not.toContain(token);
  });

  test('update answers 201 (not 200), sets updated_at, and a new secret takes effect', async () => {
    const first = secret();
    const second = secret();
    const { metadata } = (await create({ label: 'mysql', provider: 'core', token: first })).json<Resource>();
    const response = await cc(als, 'PUT', metadata.url, { token: admin, body: { token: second } });
    expect(response.status).toBe(201);
    expect(response.headers['location']).toBeUndefined();
    const updated = response.json<Resource>();
    expect(updated.entity).toEqual({ label: 'mysql', provider: 'core' });
    expect(updated.metadata.updated_at).toMatch(/\+00:00$/);
    expect(response.text).not.toContain(second);
    expect(await als.admin.action('verify-service-auth-token', { guid: metadata.guid, token: second })).toEqual({ matches: true });
    expect(await als.admin.action('verify-service-auth-token', { guid: metadata.guid, token: first })).toEqual({ matches: false });
  });

  test('update can rename label and provider (stripped)', async () => {
    const { metadata } = (await create({ label: 'mysql', provider: 'core', token: secret() })).json<Resource>();
    const updated = (await cc(als, 'PUT', metadata.url, { token: admin, body: { label: ' mariadb ', provider: 'hp ' } })).json<Resource>();
    expect(updated.entity).toEqual({ label: 'mariadb', provider: 'hp' });
  });

  test('delete answers 204 with no body; the token is gone', async () => {
    const { metadata } = (await create({ label: 'mysql', provider: 'core', token: secret() })).json<Resource>();
    const response = await cc(als, 'DELETE', metadata.url, { token: admin });
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    expect(response.headers['x-vcap-request-id']).toBeDefined();
    expect((await cc(als, 'GET', metadata.url, { token: admin })).status).toBe(404);
  });

  test('delete with async=true answers 202 with a queued job; the job then reads as finished', async () => {
    const { metadata } = (await create({ label: 'mysql', provider: 'core', token: secret() })).json<Resource>();
    const response = await cc(als, 'DELETE', `${metadata.url}?async=true`, { token: admin });
    expect(response.status).toBe(202);
    const job = response.json<{ metadata: { guid: string; url: string }; entity: { guid: string; status: string } }>();
    expect(job.entity).toEqual({ guid: job.metadata.guid, status: 'queued' });
    expect(job.metadata.url).toBe(`/v2/jobs/${job.metadata.guid}`);
    const finished = await cc(als, 'GET', job.metadata.url, { token: admin });
    expect(finished.json()).toEqual({ metadata: { guid: '0', created_at: '1970-01-01T00:00:00+00:00', url: '/v2/jobs/0' }, entity: { guid: '0', status: 'finished' } });
    expect((await cc(als, 'GET', metadata.url, { token: admin })).status).toBe(404);
  });

  test('the same label with another provider is allowed', async () => {
    await create({ label: 'mysql', provider: 'core', token: secret() });
    expect((await create({ label: 'mysql', provider: 'hp', token: secret() })).status).toBe(201);
  });

  describe('errors (§A.4)', () => {
    test('no Authorization header: 401 10002 CF-NotAuthenticated', async () => {
      for (const [method, path] of [
        ['GET', PATH],
        ['POST', PATH],
        ['GET', `${PATH}/x`],
        ['PUT', `${PATH}/x`],
        ['DELETE', `${PATH}/x`],
        ['GET', '/v2/jobs/x'],
      ] as const) {
        const response = await cc(als, method, path, { body: {} });
        expect(response.status).toBe(401);
        expect(cfBody(response)).toEqual({ code: 10002, description: 'Authentication error', error_code: 'CF-NotAuthenticated' });
      }
    });

    test('another scheme than bearer is no token either: 401 10002 CF-NotAuthenticated, even with good credentials', async () => {
      const basic = await cc(als, 'GET', PATH, { scheme: 'Basic', token: Buffer.from(`admin:${als.context.users.admin.password}`).toString('base64') });
      expect(basic.status).toBe(401);
      expect(cfBody(basic)).toEqual({ code: 10002, description: 'Authentication error', error_code: 'CF-NotAuthenticated' });
      expect(cfBody(await cc(als, 'GET', PATH, { scheme: 'token', token: admin })).code).toBe(10002);
    });

    test('a bad, empty, expired or revoked bearer token: 401 1000 CF-InvalidAuthToken', async () => {
      const bad = await cc(als, 'GET', PATH, { token: 'not-a-token' });
      expect(bad.status).toBe(401);
      expect(cfBody(bad)).toEqual({ code: 1000, description: 'Invalid Auth Token', error_code: 'CF-InvalidAuthToken' });
      const empty = await cc(als, 'GET', PATH, { headers: { Authorization: 'bearer' } });
      expect(cfBody(empty).code).toBe(1000);
      await als.admin.action('expire-access-tokens', { username: 'admin' });
      expect(cfBody(await cc(als, 'GET', PATH, { token: admin })).code).toBe(1000);
      expect((await cc(als, 'GET', PATH, { token: dev })).status).toBe(200);
      await als.admin.action('revoke-tokens', { username: 'dev' });
      expect((await cc(als, 'GET', PATH, { token: dev })).status).toBe(401);
    });

    test('the bearer scheme is accepted in any case, as CC does', async () => {
      for (const scheme of ['bearer', 'Bearer', 'BEARER']) expect((await cc(als, 'GET', PATH, { scheme, token: admin })).status).toBe(200);
    });

    test('a valid token whose user no longer exists: 403 CF-NotAuthorized', async () => {
      await als.admin.removeUser('dev');
      const response = await cc(als, 'GET', PATH, { token: dev });
      expect(response.status).toBe(403);
      expect(cfBody(response)).toEqual({ code: 10003, description: 'You are not authorized to perform the requested action', error_code: 'CF-NotAuthorized' });
    });

    test('a non-admin lists an empty collection; create, read, update and delete are 403 CF-NotAuthorized', async () => {
      const { metadata } = (await create({ label: 'mysql', provider: 'core', token: secret() })).json<Resource>();
      const list = await cc(als, 'GET', PATH, { token: dev });
      expect(list.status).toBe(200);
      expect(list.json()).toEqual({ total_results: 0, total_pages: 1, prev_url: null, next_url: null, resources: [] });
      for (const response of [
        await create({ label: 'redis', provider: 'core', token: secret() }, dev),
        await cc(als, 'GET', metadata.url, { token: dev }),
        await cc(als, 'PUT', metadata.url, { token: dev, body: { token: secret() } }),
        await cc(als, 'DELETE', metadata.url, { token: dev }),
      ]) {
        expect(response.status).toBe(403);
        expect(cfBody(response)).toEqual({ code: 10003, description: 'You are not authorized to perform the requested action', error_code: 'CF-NotAuthorized' });
      }
      expect(Object.keys(als.context.state.read().serviceAuthTokens)).toEqual([metadata.guid]);
    });

    test('an unknown guid: 404 50003 CF-ServiceAuthTokenNotFound on GET, PUT and DELETE', async () => {
      const guid = '9e1c3f0a-0000-4000-8000-000000000000';
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const response = await cc(als, method, `${PATH}/${guid}`, { token: admin, body: { token: 'x' } });
        expect(response.status).toBe(404);
        expect(cfBody(response)).toEqual({ code: 50003, description: `The service auth token could not be found: ${guid}`, error_code: 'CF-ServiceAuthTokenNotFound' });
      }
    });

    test('a duplicate (label, provider) on POST or PUT: 400 50002 CF-ServiceAuthTokenLabelTaken', async () => {
      await create({ label: 'mysql', provider: 'core', token: secret() });
      const duplicate = await create({ label: ' mysql ', provider: 'core', token: secret() });
      expect(duplicate.status).toBe(400);
      expect(cfBody(duplicate)).toEqual({ code: 50002, description: 'The service auth token label is taken: mysql-core', error_code: 'CF-ServiceAuthTokenLabelTaken' });
      const other = (await create({ label: 'mysql', provider: 'hp', token: secret() })).json<Resource>();
      const renamed = await cc(als, 'PUT', other.metadata.url, { token: admin, body: { provider: 'core' } });
      expect(renamed.status).toBe(400);
      expect(cfBody(renamed).description).toBe('The service auth token label is taken: mysql-core');
    });

    test('an empty or blank field: 400 50001 CF-ServiceAuthTokenInvalid naming each field', async () => {
      const response = await create({ label: '', provider: 'core', token: '   ' });
      expect(response.status).toBe(400);
      expect(cfBody(response)).toEqual({ code: 50001, description: 'The service auth token is invalid: label is not present, token is not present', error_code: 'CF-ServiceAuthTokenInvalid' });
      const { metadata } = (await create({ label: 'mysql', provider: 'core', token: secret() })).json<Resource>();
      const blank = await cc(als, 'PUT', metadata.url, { token: admin, body: { provider: ' ' } });
      expect(cfBody(blank)).toMatchObject({ code: 50001, description: 'The service auth token is invalid: provider is not present' });
    });

    test('a missing field, a non-string or a body that is not a JSON object: 400 1001 CF-MessageParseError', async () => {
      const missing = await create({ label: 'mysql' });
      expect(missing.status).toBe(400);
      expect(cfBody(missing)).toEqual({
        code: 1001,
        description: 'Request invalid due to parse error: Field: provider, Error: Missing field provider, Field: token, Error: Missing field token',
        error_code: 'CF-MessageParseError',
      });
      const wrongType = await create({ label: 'mysql', provider: 'core', token: 12345 });
      expect(cfBody(wrongType).description).toBe('Request invalid due to parse error: Field: token, Error: Expected instance of String, given an instance of Fixnum');
      for (const rawBody of ['{"label":', '[]', '"text"', '']) {
        const bad = await cc(als, 'POST', PATH, { token: admin, rawBody });
        expect(cfBody(bad)).toEqual({ code: 1001, description: 'Request invalid due to parse error: invalid request body', error_code: 'CF-MessageParseError' });
      }
      const { metadata } = (await create({ label: 'mysql', provider: 'core', token: secret() })).json<Resource>();
      expect(cfBody(await cc(als, 'PUT', metadata.url, { token: admin, body: { label: 7 } })).code).toBe(1001);
    });

    test('a body that is JSON null: 400 1001 "Decoded JSON cannot be nil"', async () => {
      const response = await cc(als, 'POST', PATH, { token: admin, rawBody: 'null' });
      expect(response.status).toBe(400);
      expect(cfBody(response)).toEqual({ code: 1001, description: 'Request invalid due to parse error: Decoded JSON cannot be nil', error_code: 'CF-MessageParseError' });
    });

    test('after the endpoint\'s removal (CC 2016) every route answers 404 CF-NotFound', async () => {
      const { metadata } = (await create({ label: 'mysql', provider: 'core', token: secret() })).json<Resource>();
      await als.admin.action('set-endpoint-removed', { removed: true });
      for (const response of [await cc(als, 'GET', PATH, { token: admin }), await cc(als, 'GET', metadata.url, { token: admin })]) {
        expect(response.status).toBe(404);
        expect(cfBody(response)).toEqual({ code: 10000, description: 'Unknown request', error_code: 'CF-NotFound' });
      }
    });
  });

  describe('JSON null fields are dropped as if absent (vcap-common JsonMessage)', () => {
    test('a create with "provider": null fails as a create without provider: 400 1001 Missing field', async () => {
      const response = await create({ label: 'mysql', provider: null, token: secret() });
      expect(response.status).toBe(400);
      expect(cfBody(response)).toEqual({
        code: 1001,
        description: 'Request invalid due to parse error: Field: provider, Error: Missing field provider',
        error_code: 'CF-MessageParseError',
      });
      expect(cfBody(await create({ label: null, provider: null, token: null })).description).toBe(
        'Request invalid due to parse error: Field: label, Error: Missing field label, Field: provider, Error: Missing field provider, Field: token, Error: Missing field token',
      );
      expect(als.context.state.read().serviceAuthTokens).toEqual({});
    });

    test('an update with "token": null keeps the token; null label and provider keep theirs', async () => {
      const kept = secret();
      const { metadata } = (await create({ label: 'mysql', provider: 'core', token: kept })).json<Resource>();
      const response = await cc(als, 'PUT', metadata.url, { token: admin, body: { label: null, provider: null, token: null } });
      expect(response.status).toBe(201);
      expect(response.json<Resource>().entity).toEqual({ label: 'mysql', provider: 'core' });
      expect(await als.admin.action('verify-service-auth-token', { guid: metadata.guid, token: kept })).toEqual({ matches: true });
    });

    test('an update that changes nothing still moves updated_at, as CC saves the row anyway', async () => {
      const { metadata } = (await create({ label: 'mysql', provider: 'core', token: secret() })).json<Resource>();
      await als.admin.advanceClock(60);
      const touched = (await cc(als, 'PUT', metadata.url, { token: admin, body: { token: null } })).json<Resource>();
      expect(touched.metadata.updated_at).not.toBeNull();
      expect(Date.parse(touched.metadata.updated_at!) - Date.parse(metadata.created_at)).toBeGreaterThanOrEqual(59_000);
    });
  });

  test('X-Cf-Warnings is off by default and, when switched on, sent on this endpoint only', async () => {
    expect((await cc(als, 'GET', PATH, { token: admin })).headers['x-cf-warnings']).toBeUndefined();
    await als.admin.action('set-deprecation-warnings', { enabled: true });
    const list = await cc(als, 'GET', PATH, { token: admin });
    expect(list.headers['x-cf-warnings']).toBe('Endpoint+deprecated');
    expect(decodeURIComponent(String(list.headers['x-cf-warnings']).replace(/\+/g, ' '))).toBe('Endpoint deprecated');
    expect((await cc(als, 'GET', `${PATH}/unknown`, { token: admin })).headers['x-cf-warnings']).toBe('Endpoint+deprecated');
    expect((await cc(als, 'GET', '/v2/info')).headers['x-cf-warnings']).toBeUndefined();
  });

  test('a caller\'s X-VCAP-Request-ID is kept in front of CC\'s own', async () => {
    const response = await cc(als, 'GET', PATH, { token: admin, headers: { 'X-VCAP-Request-ID': 'terraform-1' } });
    expect(response.headers['x-vcap-request-id']).toMatch(/^terraform-1::[0-9a-f-]{36}$/);
  });

  test('the v1 gateway check accepts exactly the current secret of (label, provider)', async () => {
    const first = secret();
    const second = secret();
    const { metadata } = (await create({ label: 'mysql', provider: 'core', token: first })).json<Resource>();
    const check = (label: string, provider: string, token?: string) =>
      cc(als, 'GET', `/services/v1/offerings/${label}/${provider}`, { headers: token === undefined ? {} : { 'X-VCAP-Service-Token': token } });
    const ok = await check('mysql', 'core', first);
    expect(ok.status).toBe(200);
    expect(ok.json()).toEqual({ label: 'mysql', provider: 'core' });
    for (const response of [await check('mysql', 'core', second), await check('mysql', 'core'), await check('mysql', 'hp', first)]) {
      expect(response.status).toBe(403);
      expect(cfBody(response).error_code).toBe('CF-NotAuthorized');
    }
    await cc(als, 'PUT', metadata.url, { token: admin, body: { token: second } });
    expect((await check('mysql', 'core', second)).status).toBe(200);
    expect((await check('mysql', 'core', first)).status).toBe(403);
  });

  test('/v2/info names the caller\'s user guid only when a valid bearer token comes with it', async () => {
    const anonymous = (await cc(als, 'GET', '/v2/info')).json<Record<string, unknown>>();
    expect(anonymous['user']).toBeUndefined();
    const asAdmin = (await cc(als, 'GET', '/v2/info', { token: admin })).json<Record<string, unknown>>();
    const asDev = (await cc(als, 'GET', '/v2/info', { token: dev })).json<Record<string, unknown>>();
    expect(asAdmin['user']).toMatch(/^[0-9a-f-]{36}$/);
    expect(asDev['user']).not.toBe(asAdmin['user']);
    expect((await cc(als, 'GET', '/v2/info', { token: 'expired-or-bogus' })).status).toBe(200);
  });
});
