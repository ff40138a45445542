// Retries under injected faults: idempotent calls (list, show, modify, revoke, JWT login) are retried with
// the request log proving each attempt; a create is never repeated after an ambiguous failure, and the
// VMS then holds no duplicate token.
import { failure, startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

describe('VMS client retries', () => {
  let f: VmsClientFixture;
  beforeAll(async () => {
    f = await startVmsClientFixture();
  });
  afterAll(() => f.stop());
  beforeEach(() => f.vms.admin.reset());
  afterEach(() => f.closeAll());

  const outcomes = async () => (await f.vms.admin.requests()).entries.map((e) => `${e.route} ${e.outcome.kind === 'answered' || e.outcome.kind === 'fault-status' ? e.outcome.status : e.outcome.kind}`);

  test('list: 503 with Retry-After twice, then the answer (3 attempts)', async () => {
    await f.vms.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'GET', route: '/api/:version/apitokens/', times: 2 });
    expect(await f.client(f.basic('admin')).listApiTokens()).toEqual([]);
    expect(await outcomes()).toEqual(['GET /api/:version/apitokens/ 503', 'GET /api/:version/apitokens/ 503', 'GET /api/:version/apitokens/ 200']);
  });

  test('show: a connection reset is retried', async () => {
    const client = f.client(f.basic('admin'));
    const { id } = await client.createApiToken();
    await f.vms.admin.resetRequests();
    await f.vms.admin.addFault({ effect: 'reset', route: '/api/:version/apitokens/:id/', times: 1 });
    expect((await client.getApiToken(id)).id).toBe(id);
    expect(await outcomes()).toEqual(['GET /api/:version/apitokens/:id/ fault-reset', 'GET /api/:version/apitokens/:id/ 200']);
  });

  test('modify and revoke (PATCH, safe to repeat) are retried after 502 and 429', async () => {
    const client = f.client(f.basic('admin'));
    const { id } = await client.createApiToken();
    await f.vms.admin.resetRequests();
    await f.vms.admin.addFault({ effect: 'status', status: 502, route: '/api/:version/apitokens/:id/', method: 'PATCH', times: 1 });
    await f.vms.admin.addFault({ effect: 'status', status: 429, retryAfter: 0, route: '/api/:version/apitokens/:id/revoke/', times: 1 });
    await client.modifyApiToken(id, { name: 'renamed' });
    await client.revokeApiToken(id);
    expect(await outcomes()).toEqual([
      'PATCH /api/:version/apitokens/:id/ 502',
      'PATCH /api/:version/apitokens/:id/ 200',
      'PATCH /api/:version/apitokens/:id/revoke/ 429',
      'PATCH /api/:version/apitokens/:id/revoke/ 200',
    ]);
    expect(await client.getApiToken(id)).toMatchObject({ name: 'renamed', revoked: true });
  });

  test('gives up after maxAttempts, saying how many attempts were made', async () => {
    await f.vms.admin.addFault({ effect: 'status', status: 504, method: 'GET' });
    const error = await failure(f.client(f.basic('admin'), { retry: { maxAttempts: 3 } }).getMaxApiTokensPerUser());
    expect(error.message).toBe('VMS list VMS: HTTP 504: Gateway Timeout (after 3 attempts)');
    expect(await f.vms.admin.count('GET /api/:version/vms/')).toBe(3);
  });

  test('create: a 502 is not repeated (one POST), and nothing is created twice', async () => {
    await f.vms.admin.addFault({ effect: 'status', status: 502, method: 'POST', route: '/api/:version/apitokens/', times: 1 });
    const client = f.client(f.basic('admin'));
    const error = await failure(client.createApiToken());
    expect(error).toMatchObject({ kind: 'transient', status: 502, attempts: 1 });
    expect(await outcomes()).toEqual(['POST /api/:version/apitokens/ 502']);
  });

  test('create: a connection reset is not repeated, and the VMS holds no token', async () => {
    await f.vms.admin.addFault({ effect: 'reset', method: 'POST', route: '/api/:version/apitokens/', times: 1 });
    const client = f.client(f.basic('admin'));
    const error = await failure(client.createApiToken());
    expect(error).toMatchObject({ kind: 'transient', networkCode: 'ECONNRESET', attempts: 1 });
    expect(await f.vms.admin.count('POST /api/:version/apitokens/')).toBe(1);
    expect(await client.listApiTokens({ archived: true })).toEqual([]);
  });

  test('create: a timeout is not repeated', async () => {
    await f.vms.admin.addFault({ effect: 'latency', ms: 2_000, method: 'POST', route: '/api/:version/apitokens/', times: 1 });
    const error = await failure(f.client(f.basic('admin'), { timeoutMs: 100 }).createApiToken());
    expect(error).toMatchObject({ kind: 'transient', attempts: 1 });
    expect(await f.vms.admin.count('POST /api/:version/apitokens/')).toBe(1);
  });

  test('JWT login (changes nothing on the VMS) is retried after a 503', async () => {
    await f.vms.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, route: '/api/token/', times: 1 });
    await f.client(f.jwt('alice')).listApiTokens();
    expect(await outcomes()).toEqual(['POST /api/token/ 503', 'POST /api/token/ 200', 'GET /api/:version/apitokens/ 200']);
  });

  test('with faults at a seeded rate, many idempotent calls all succeed and the log counts every attempt', async () => {
    const client = f.client(f.basic('admin'), { retry: { maxAttempts: 8 } });
    const { id } = await client.createApiToken();
    await f.vms.admin.resetRequests();
    await f.vms.admin.addFault({ effect: 'status', status: 502, rate: 0.3, seed: 7, method: 'GET' });
    for (let i = 0; i < 20; i++) expect((await client.getApiToken(id)).id).toBe(id);
    const { entries } = await f.vms.admin.requests();
    const faulted = entries.filter((e) => e.outcome.kind === 'fault-status').length;
    expect(faulted).toBeGreaterThan(0);
    expect(entries).toHaveLength(20 + faulted);
  });
});
