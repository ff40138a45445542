// Transient failures under injected faults, and paging across pages, with the request log proving how
// many calls reached the platform: idempotent calls are retried (honouring Retry-After), a create never
// is, and a list follows next_url to the end with q kept.
import { type AlsClient } from '../../../src/provider/als';
import { captureLogger } from '../../support/client';
import { alsClient, counts, failure, secretValue, startAls, type Als } from './als-fixture';

const TOKENS = '/v2/service_auth_tokens';
const TOKEN = '/v2/service_auth_tokens/:guid';

describe('ALS client: retries and paging', () => {
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
    await client.login();
    await als.admin.resetRequests();
  });
  afterEach(() => {
    client.close();
    expect(emulatorErrors).toEqual([]);
  });

  const seed = async (count: number, label = (i: number) => `svc-${String(i).padStart(4, '0')}`) => {
    const tokens = Array.from({ length: count }, (_, i) => ({ label: label(i), provider: i % 2 === 0 ? 'core' : 'hp', token: secretValue() }));
    await als.admin.action('seed-service-auth-tokens', { tokens });
    await als.admin.resetRequests();
  };

  test('a list answered 503 with Retry-After is retried until it succeeds; the log shows each attempt', async () => {
    await als.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'GET', route: TOKENS, times: 2 });
    expect(await client.listServiceAuthTokens()).toEqual([]);
    const log = await als.admin.requests();
    expect(log.entries.map((e) => e.outcome.kind)).toEqual(['fault-status', 'fault-status', 'answered']);
  });

  test('a get whose connection is reset is retried', async () => {
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    await als.admin.resetRequests();
    await als.admin.addFault({ effect: 'reset', method: 'GET', route: TOKEN, times: 1 });
    expect(await client.getServiceAuthToken(created.guid)).toEqual(created);
    expect((await als.admin.requests()).entries.map((e) => e.outcome.kind)).toEqual(['fault-reset', 'answered']);
  });

  test('a create answered 503 is not repeated: one POST reached the platform, the error says transient', async () => {
    await als.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'POST', route: TOKENS, times: 1 });
    const error = await failure(client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() }));
    expect(error).toMatchObject({ operation: 'create service auth token', kind: 'transient', status: 503, attempts: 1, retryable: true });
    expect(await counts(als)).toEqual({ [`POST ${TOKENS}`]: 1 });
    expect(als.context.state.read().serviceAuthTokens).toEqual({});
  });

  test('a create whose connection is reset is not repeated; a create sent twice finds the pair taken, never a duplicate', async () => {
    await als.admin.addFault({ effect: 'reset', method: 'POST', route: TOKENS, times: 1 });
    const request = { label: 'mysql', provider: 'core', token: secretValue() };
    const error = await failure(client.createServiceAuthToken(request));
    expect(error).toMatchObject({ kind: 'transient', networkCode: 'ECONNRESET', attempts: 1 });
    expect(await counts(als)).toEqual({ [`POST ${TOKENS}`]: 1 });
    // Had CC created it before the answer was lost, a second try would meet CC's unique (label, provider).
    await client.createServiceAuthToken(request);
    const again = await failure(client.createServiceAuthToken(request));
    expect(again.kind).toBe('conflict');
    expect(Object.keys(als.context.state.read().serviceAuthTokens)).toHaveLength(1);
  });

  test('an update (PUT) is retried after 502', async () => {
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    await als.admin.resetRequests();
    await als.admin.addFault({ effect: 'status', status: 502, method: 'PUT', route: TOKEN, times: 1 });
    expect(await client.updateServiceAuthToken(created.guid, { label: 'mariadb' })).toMatchObject({ label: 'mariadb' });
    expect((await counts(als))[`PUT ${TOKEN}`]).toBe(2);
  });

  test('a delete is retried after 504; gives up after the attempts allowed with the last status', async () => {
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    await als.admin.resetRequests();
    await als.admin.addFault({ effect: 'status', status: 504, method: 'DELETE', route: TOKEN, times: 1 });
    await client.deleteServiceAuthToken(created.guid);
    expect((await counts(als))[`DELETE ${TOKEN}`]).toBe(2);
    await als.admin.addFault({ effect: 'status', status: 504, method: 'GET', route: TOKENS });
    const error = await failure(client.listServiceAuthTokens());
    expect(error.message).toBe('ALS list service auth tokens: HTTP 504: Gateway Timeout (after 8 attempts)');
  });

  test('the UAA token endpoint is retried too (a grant is safe to repeat)', async () => {
    const fresh = alsClient(als);
    await als.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, route: '/uaa/oauth/token', times: 2 });
    await fresh.login();
    expect((await counts(als))['POST /uaa/oauth/token']).toBe(3);
    fresh.close();
  });

  test('retries are logged with the route template, never the guid', async () => {
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    const logger = captureLogger();
    const logged = alsClient(als, { logger });
    await als.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, route: TOKEN, times: 1 });
    await logged.getServiceAuthToken(created.guid);
    expect(logger.lines.find((l) => l.level === 'warn')?.fields).toMatchObject({ platform: 'als', operation: 'get service auth token', route: TOKEN, status: 503 });
    expect(logger.text()).not.toContain(created.guid);
    logged.close();
  });

  test('an abort cancels a call waiting on injected latency', async () => {
    await als.admin.addFault({ effect: 'latency', ms: 2_000, route: TOKENS, times: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await failure(client.listServiceAuthTokens({ signal: controller.signal }));
    expect(error).toMatchObject({ kind: 'aborted', operation: 'list service auth tokens' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('an aborted signal stops a call before it is sent', async () => {
    const error = await failure(client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() }, { signal: AbortSignal.abort() }));
    expect(error.kind).toBe('aborted');
    expect((await als.admin.requests()).total).toBe(0);
  });

  test('250 tokens come in 3 pages of 100 (CC\'s maximum), in order', async () => {
    await seed(250);
    const tokens = await client.listServiceAuthTokens();
    expect(tokens).toHaveLength(250);
    expect(tokens[0]!.label).toBe('svc-0000');
    expect(tokens[249]!.label).toBe('svc-0249');
    const log = await als.admin.requests();
    expect(log.entries.map((e) => e.url)).toEqual([
      `${TOKENS}?results-per-page=100`,
      `${TOKENS}?page=2&results-per-page=100`,
      `${TOKENS}?page=3&results-per-page=100`,
    ]);
  });

  test('paging keeps q on every page, and a transient failure on a page is retried', async () => {
    await seed(30);
    const small = alsClient(als, { resultsPerPage: 4 });
    await small.login();
    await als.admin.resetRequests();
    await als.admin.addFault({ effect: 'status', status: 502, route: TOKENS, times: 1 });
    const hp = await small.listServiceAuthTokens({ provider: 'hp' });
    expect(hp.map((t) => t.label)).toEqual(Array.from({ length: 15 }, (_, i) => `svc-${String(2 * i + 1).padStart(4, '0')}`));
    const urls = (await als.admin.requests()).entries.filter((e) => e.outcome.kind === 'answered').map((e) => e.url);
    expect(urls).toHaveLength(4);
    expect(urls.slice(1).every((u) => u.includes('q=provider%3Ahp') && /page=[234]/.test(u))).toBe(true);
    expect((await counts(als))[`GET ${TOKENS}`]).toBe(5);
    small.close();
  });
});
