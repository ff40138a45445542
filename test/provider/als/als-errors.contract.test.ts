// Every error row of platform-apis.md §A.4, plus UAA's, through the client over real HTTP: each becomes a
// PlatformError naming the platform, the operation, the status and CC's own message, with a kind the
// provider can act on (only CF-ServiceAuthTokenNotFound reads as "gone").
import { CF_ERROR, isServiceAuthTokenGone, type AlsClient, type ServiceAuthTokenCreateRequest } from '../../../src/provider/als';
import { addDeveloper, alsClient, failure, secretValue, startAls, type Als } from './als-fixture';

describe('ALS client: platform errors', () => {
  let als: Als;
  let emulatorErrors: unknown[];
  let client: AlsClient;
  beforeAll(async () => {
    ({ als, emulatorErrors } = await startAls());
  });
  afterAll(() => als.stop());
  beforeEach(async () => {
    await als.admin.reset();
    client = alsClient(als);
  });
  afterEach(() => {
    client.close();
    expect(emulatorErrors).toEqual([]);
  });

  const create = (request: ServiceAuthTokenCreateRequest, on = client) => on.createServiceAuthToken(request);
  const unknownGuid = '0b6a2d3e-0000-4000-8000-000000000000';

  test('401 CF-InvalidAuthToken: a bad bearer token that cannot be renewed', async () => {
    const stale = alsClient(als, { credentials: { accessToken: 'bearer not-a-valid-token' } });
    const error = await failure(stale.listServiceAuthTokens());
    expect(error.message).toBe('ALS list service auth tokens: HTTP 401: Invalid Auth Token');
    expect(error).toMatchObject({ platform: 'als', operation: 'list service auth tokens', kind: 'unauthorized', status: 401, platformCode: CF_ERROR.invalidAuthToken, retryable: false });
    stale.close();
  });

  test('403 CF-NotAuthorized: a valid token whose user no longer exists', async () => {
    const dev = await addDeveloper(als);
    const devClient = alsClient(als, { credentials: dev });
    await devClient.login();
    await als.admin.removeUser(dev.username);
    const error = await failure(devClient.listServiceAuthTokens());
    expect(error.message).toBe('ALS list service auth tokens: HTTP 403: You are not authorized to perform the requested action');
    expect(error).toMatchObject({ kind: 'forbidden', platformCode: CF_ERROR.notAuthorized });
    devClient.close();
  });

  test('403 CF-NotAuthorized: a non-admin creates, reads, updates or deletes; its list is empty', async () => {
    const existing = await create({ label: 'mysql', provider: 'core', token: secretValue() });
    const devClient = alsClient(als, { credentials: await addDeveloper(als) });
    expect((await devClient.login()).admin).toBe(false);
    expect(await devClient.listServiceAuthTokens()).toEqual([]);
    expect(await devClient.findServiceAuthToken('mysql')).toBeUndefined();
    for (const [operation, call] of [
      ['create service auth token', () => create({ label: 'redis', provider: 'core', token: secretValue() }, devClient)],
      ['get service auth token', () => devClient.getServiceAuthToken(existing.guid)],
      ['update service auth token', () => devClient.updateServiceAuthToken(existing.guid, { token: secretValue() })],
      ['delete service auth token', () => devClient.deleteServiceAuthToken(existing.guid)],
    ] as const) {
      const error = await failure(call());
      expect(error.message).toBe(`ALS ${operation}: HTTP 403: You are not authorized to perform the requested action`);
      expect(error).toMatchObject({ kind: 'forbidden', status: 403, platformCode: CF_ERROR.notAuthorized });
    }
    devClient.close();
  });

  test('404 50003 CF-ServiceAuthTokenNotFound on get, update and delete: kind not_found ("gone")', async () => {
    for (const [operation, call] of [
      ['get service auth token', () => client.getServiceAuthToken(unknownGuid)],
      ['update service auth token', () => client.updateServiceAuthToken(unknownGuid, { label: 'x' })],
      ['delete service auth token', () => client.deleteServiceAuthToken(unknownGuid)],
    ] as const) {
      const error = await failure(call());
      expect(error.message).toBe(`ALS ${operation}: HTTP 404: The service auth token could not be found: ${unknownGuid}`);
      expect(error).toMatchObject({ kind: 'not_found', platformCode: CF_ERROR.serviceAuthTokenNotFound, attempts: 1 });
      expect(isServiceAuthTokenGone(error)).toBe(true);
    }
  });

  test('400 50002 CF-ServiceAuthTokenLabelTaken on create and update: kind conflict', async () => {
    await create({ label: 'mysql', provider: 'core', token: secretValue() });
    const error = await failure(create({ label: 'mysql', provider: 'core', token: secretValue() }));
    expect(error.message).toBe('ALS create service auth token: HTTP 400: The service auth token label is taken: mysql-core');
    expect(error).toMatchObject({ kind: 'conflict', status: 400, platformCode: CF_ERROR.serviceAuthTokenLabelTaken });
    expect(isServiceAuthTokenGone(error)).toBe(false);
    const other = await create({ label: 'mysql', provider: 'hp', token: secretValue() });
    const renamed = await failure(client.updateServiceAuthToken(other.guid, { provider: 'core' }));
    expect(renamed).toMatchObject({ kind: 'conflict', platformMessage: 'The service auth token label is taken: mysql-core' });
  });

  test('400 50001 CF-ServiceAuthTokenInvalid for empty or blank fields: kind invalid', async () => {
    const error = await failure(create({ label: ' ', provider: 'core', token: '' }));
    expect(error.message).toBe('ALS create service auth token: HTTP 400: The service auth token is invalid: label is not present, token is not present');
    expect(error).toMatchObject({ kind: 'invalid', platformCode: CF_ERROR.serviceAuthTokenInvalid });
  });

  test('400 1001 CF-MessageParseError for a missing field or a non-string: kind invalid', async () => {
    const missing = await failure(create({ label: 'mysql', provider: 'core' } as ServiceAuthTokenCreateRequest));
    expect(missing.message).toBe('ALS create service auth token: HTTP 400: Request invalid due to parse error: Field: token, Error: Missing field token');
    expect(missing).toMatchObject({ kind: 'invalid', platformCode: CF_ERROR.messageParseError });
    const wrong = await failure(create({ label: 'mysql', provider: 'core', token: 42 as unknown as string }));
    expect(wrong.platformMessage).toBe('Request invalid due to parse error: Field: token, Error: Expected instance of String, given an instance of Fixnum');
  });

  test('400 10005 CF-BadQueryParameter when the page size is above CC\'s 100', async () => {
    const greedy = alsClient(als, { resultsPerPage: 101 });
    const error = await failure(greedy.listServiceAuthTokens());
    expect(error.message).toBe('ALS list service auth tokens: HTTP 400: The query parameter is invalid: results_per_page must be <= 100');
    expect(error).toMatchObject({ kind: 'invalid', platformCode: CF_ERROR.badQueryParameter });
    greedy.close();
  });

  test('404 10000 CF-NotFound (the endpoint removed from CC): never "gone", and the message says why', async () => {
    const created = await create({ label: 'mysql', provider: 'core', token: secretValue() });
    await als.admin.action('set-endpoint-removed', { removed: true });
    const error = await failure(client.getServiceAuthToken(created.guid));
    expect(error.message).toBe(
      'ALS get service auth token: HTTP 404: Unknown request (this Cloud Controller does not serve the endpoint (CC removed /v2/service_auth_tokens in 2016))',
    );
    expect(error).toMatchObject({ kind: 'failed', platformCode: CF_ERROR.notFound });
    expect(isServiceAuthTokenGone(error)).toBe(false);
  });

  test('UAA 401 "Bad credentials" surfaces as a failed login', async () => {
    const wrong = alsClient(als, { credentials: { username: 'admin', password: secretValue('pw') } });
    const error = await failure(wrong.listServiceAuthTokens());
    expect(error.message).toBe('ALS log in: HTTP 401: Bad credentials');
    expect(error).toMatchObject({ operation: 'log in', kind: 'unauthorized', platformCode: 'unauthorized' });
    expect((await als.admin.requests()).counts['GET /v2/service_auth_tokens']).toBeUndefined();
    wrong.close();
  });

  test('discovery at a URL that is not a CC API endpoint fails as such, not as "gone"', async () => {
    const wrongPlace = alsClient(als, { apiEndpoint: `${als.baseUrl}/v2/jobs/0` });
    const error = await failure(wrongPlace.listServiceAuthTokens());
    expect(error.message).toMatch(/^ALS get info: HTTP 404: Unknown request/);
    expect(error).toMatchObject({ operation: 'get info', kind: 'failed', status: 404 });
    wrongPlace.close();
  });
});
