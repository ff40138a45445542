// CC's two 401s through the ALS client over real HTTP: 10002 CF-NotAuthenticated when no bearer token
// reached CC (here a proxy in front drops the Authorization header) and 1000 CF-InvalidAuthToken for a
// bad one. Both are renewed once and the call repeated; what cannot be cured reads with CC's own words.
import { CF_ERROR, parseAlsError, type AlsClient } from '../../../src/provider/als';
import { startAuthorizationDroppingProxy, type AuthorizationDroppingProxy } from '../../support/authorization-dropping-proxy';
import { alsClient, counts, failure, secretValue, startAls, type Als } from './als-fixture';

const LIST = 'GET /v2/service_auth_tokens';
const CREATE = 'POST /v2/service_auth_tokens';
const TOKEN = 'POST /uaa/oauth/token';

describe('ALS client: CC answers 401 CF-NotAuthenticated', () => {
  let als: Als;
  let emulatorErrors: unknown[];
  let proxy: AuthorizationDroppingProxy;
  let client: AlsClient;
  beforeAll(async () => {
    ({ als, emulatorErrors } = await startAls());
    proxy = await startAuthorizationDroppingProxy(als.baseUrl);
  });
  afterAll(async () => {
    await proxy.stop();
    await als.stop();
  });
  beforeEach(async () => {
    await als.admin.reset();
    proxy.drop(0);
    client = alsClient(als, { apiEndpoint: proxy.url });
    await client.login();
    await als.admin.resetRequests();
  });
  afterEach(() => {
    client.close();
    expect(emulatorErrors).toEqual([]);
  });

  test('a header dropped once: CC answers 10002, the client renews its token and repeats the call', async () => {
    proxy.drop(1, '/v2/service_auth_tokens');
    expect(await client.listServiceAuthTokens()).toEqual([]);
    expect(proxy.dropped).toBe(1);
    const seen = await counts(als);
    expect(seen[LIST]).toBe(2);
    expect(seen[TOKEN]).toBe(1);
    const log = (await als.admin.requests()).entries.filter((e) => e.route === LIST).map((e) => e.outcome);
    expect(log).toEqual([
      { kind: 'answered', status: 401 },
      { kind: 'answered', status: 200 },
    ]);
  });

  test('a create that met 10002 is sent again after the renewal and creates exactly one token', async () => {
    proxy.drop(1, '/v2/service_auth_tokens');
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    expect((await counts(als))[CREATE]).toBe(2);
    expect((await client.listServiceAuthTokens()).map((t) => t.guid)).toEqual([created.guid]);
  });

  test('a header that never arrives: the 401 with CC\'s "Authentication error" after one renewal, code CF-NotAuthenticated', async () => {
    proxy.drop(Infinity, '/v2/service_auth_tokens');
    const error = await failure(client.listServiceAuthTokens());
    expect(error.message).toBe('ALS list service auth tokens: HTTP 401: Authentication error (after 2 attempts)');
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, platformCode: CF_ERROR.notAuthenticated, retryable: false, attempts: 2 });
    expect((await counts(als))[TOKEN]).toBe(1);
    expect(proxy.dropped).toBe(2);
  });

  test('a bad bearer token (1000 CF-InvalidAuthToken) is renewed the same way', async () => {
    await als.admin.action('revoke-tokens', { username: als.context.users.admin.username });
    expect(await client.listServiceAuthTokens()).toEqual([]);
    const log = (await als.admin.requests()).entries.filter((e) => e.route === LIST).map((e) => e.outcome);
    expect(log).toEqual([
      { kind: 'answered', status: 401 },
      { kind: 'answered', status: 200 },
    ]);
  });

  test('an older CC body without error_code still names the error by its number', () => {
    const body = { code: 10002, description: 'Authentication error' };
    expect(parseAlsError({ status: 401, headers: {}, text: JSON.stringify(body), body })).toEqual({ message: 'Authentication error', code: CF_ERROR.notAuthenticated });
  });
});
