// The 503 "Max allowed API tokens reached" is the per-user limit: a `limit` error (not transient, never
// retried: one POST in the request log) whose message gives the limit and how to raise it.
import { inspect } from 'node:util';
import { ApiTokenLimitError } from '../../../src/provider/vms';
import { failure, startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

describe('VMS client: the per-user token limit', () => {
  let f: VmsClientFixture;
  beforeAll(async () => {
    f = await startVmsClientFixture();
  });
  afterAll(() => f.stop());
  beforeEach(() => f.vms.admin.reset());
  afterEach(() => f.closeAll());

  async function fill(owner: string, count = 5): Promise<void> {
    const admin = f.client(f.basic('admin'));
    for (let i = 0; i < count; i++) await admin.createApiToken({ owner });
    await f.vms.admin.resetRequests();
  }

  test('a limit error with the limit and how to raise it; one POST reaches the VMS', async () => {
    await fill('alice');
    const client = f.client(f.basic('alice'), { retry: { maxAttempts: 5 } });
    const error = await failure(client.createApiToken({ name: 'one too many' }));
    expect(error).toBeInstanceOf(ApiTokenLimitError);
    expect(error).toMatchObject({ platform: 'vms', operation: 'create API token', kind: 'limit', status: 503, attempts: 1, retryable: false });
    expect(error).toMatchObject({ owner: 'alice', maxApiTokensPerUser: 5 });
    expect(error.message).toBe(
      'VMS create API token: HTTP 503: Max allowed API tokens reached: "alice" already holds the maximum of 5 valid API tokens per user ' +
        '(the VMS setting max_api_tokens_per_user; revoked and expired tokens do not count). Revoke one of them, or raise the limit: ' +
        'PATCH /api/v5/vms/1/set_max_api_tokens_per_user/ {"max_api_tokens_per_user": 6} (vcli: vms set_max_api_tokens_per_user; ' +
        'Terraform: vastdata_vms.max_api_tokens_per_user)',
    );
    const { counts } = await f.vms.admin.requests();
    expect(counts['POST /api/:version/apitokens/']).toBe(1);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ kind: 'limit', maxApiTokensPerUser: 5, owner: 'alice' });
    expect(inspect(error)).toContain('ApiTokenLimitError');
  });

  test('raising the limit as the message says lets the create through', async () => {
    await fill('alice');
    const alice = f.client(f.basic('alice'));
    expect((await failure(alice.createApiToken())).kind).toBe('limit');
    await f.client(f.basic('admin')).setMaxApiTokensPerUser(6);
    expect((await alice.createApiToken()).id).toMatch(/^[A-Za-z0-9]{8}$/);
  });

  test('the owner in the message is the requested one; with an API token the client says "the owner"', async () => {
    await fill('bob', 4);
    const { token } = await f.client(f.basic('bob')).createApiToken();
    expect((await failure(f.client(f.basic('admin')).createApiToken({ owner: 'bob' }))).message).toContain('"bob" already holds the maximum of 5');
    const error = await failure(f.client(f.apiToken(token)).createApiToken());
    expect(error).toMatchObject({ kind: 'limit', owner: undefined });
    expect(error.message).toContain('the owner already holds the maximum of 5');
  });

  test('when the limit cannot be read, the refusal is still reported as a limit, without a number', async () => {
    await fill('alice');
    await f.vms.admin.addFault({ effect: 'status', status: 502, method: 'GET', route: '/api/:version/vms/' });
    const error = await failure(f.client(f.basic('alice'), { retry: { maxAttempts: 2 } }).createApiToken());
    expect(error).toMatchObject({ kind: 'limit', status: 503, maxApiTokensPerUser: undefined });
    expect(error.message).toContain('Max allowed API tokens reached: "alice" already holds the maximum number of valid API tokens');
    expect(error.message).toContain('/api/v5/vms/<vms id>/set_max_api_tokens_per_user/');
  });

  test('an outage 503 is not a limit: transient, and a create is still not repeated', async () => {
    await f.vms.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'POST', times: 1 });
    const error = await failure(f.client(f.basic('alice')).createApiToken());
    expect(error).toMatchObject({ kind: 'transient', status: 503, attempts: 1, retryable: true });
    expect(error).not.toBeInstanceOf(ApiTokenLimitError);
    expect(await f.vms.admin.count('POST /api/:version/apitokens/')).toBe(1);
  });
});
