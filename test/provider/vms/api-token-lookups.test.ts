// How a refresh reads VMS API tokens: one listing per Terraform operation, shared by every ReadResource
// of it, through the provider served in-process against the emulator (its request log counts the calls).
import { startEmulators, type RunningEmulators } from '../../../src/emulators/start-emulators';
import { createVmsClient, type VmsClient } from '../../../src/provider/vms';
import { newCreationMarker, withMarker } from '../../../src/provider/adoption/creation-marker';
import { authtokenOperation } from '../../support/authtoken-in-process';

const TYPE = 'authtoken_vms_api_token';
const LIST = 'GET /api/:version/apitokens/';
const SHOW = 'GET /api/:version/apitokens/:id/';

let emulators: RunningEmulators;
let admin: VmsClient;
const ids: string[] = [];

beforeAll(async () => {
  emulators = await startEmulators();
  await emulators.vms.admin.action('set-max-api-tokens-per-user', { limit: 100 });
  admin = createVmsClient({ endpoint: emulators.vms.baseUrl, credentials: { kind: 'basic', username: 'admin', password: emulators.connection.vms.password } });
  for (let i = 0; i < 14; i++) ids.push((await admin.createApiToken({ name: `t${i}`, expiry_date: '30D' })).id);
});

afterAll(async () => {
  admin.close();
  await emulators.stop();
});

beforeEach(async () => {
  await emulators.vms.admin.clearFaults();
  await emulators.vms.admin.resetRequests();
});

const states = (list: readonly string[]) => list.map((id) => ({ id }));
const counts = async () => (await emulators.vms.admin.requests()).counts;

test('a refresh in bursts of ten, as Terraform sends it, makes one list request and no read of a single token', async () => {
  const op = await authtokenOperation(emulators);
  const first = await op.read(TYPE, states(ids.slice(0, 10)));
  const rest = await op.read(TYPE, states(ids.slice(10)));
  expect([...first, ...rest].map((r) => r.state?.['id'])).toEqual(ids);
  expect([...first, ...rest].map((r) => r.state?.['name'])).toEqual(ids.map((_, i) => `t${i}`));
  expect(await counts()).toEqual({ 'POST /api/token/': 1, [LIST]: 1 });
});

test('a token revoked between two operations is gone in the second, whether it runs in a new process or the same one configured again', async () => {
  const op = await authtokenOperation(emulators);
  expect((await op.read(TYPE, states(ids))).every((r) => r.state !== null)).toBe(true);
  await emulators.vms.admin.action('revoke-api-token', { id: ids[3] });

  const next = await authtokenOperation(emulators);
  const seen = await next.read(TYPE, states(ids));
  expect(seen.map((r) => r.state?.['id'] ?? null)).toEqual(ids.map((id, i) => (i === 3 ? null : id)));

  await op.configureAgain();
  expect((await op.read(TYPE, states(ids))).map((r) => r.state?.['id'] ?? null)).toEqual(ids.map((id, i) => (i === 3 ? null : id)));
  expect((await counts())[LIST]).toBe(3);
  ids.splice(3, 1);
});

test('a lone read is one read of that token', async () => {
  const op = await authtokenOperation(emulators);
  expect((await op.read(TYPE, states([ids[0]!])))[0]!.state?.['id']).toBe(ids[0]);
  expect(await counts()).toEqual({ 'POST /api/token/': 1, [SHOW]: 1 });
});

test('a list that fails falls back to reads of single tokens, for that burst and the rest of the operation', async () => {
  // Retry-After beyond what the client waits for: the list fails at once.
  await emulators.vms.admin.addFault({ effect: 'status', status: 503, retryAfter: 3600, method: 'GET', route: '/api/:version/apitokens/' });
  const op = await authtokenOperation(emulators);
  const first = await op.read(TYPE, states(ids.slice(0, 4)));
  const later = await op.read(TYPE, states(ids.slice(4, 6)));
  expect([...first, ...later].map((r) => [r.state?.['id'], r.errors])).toEqual(ids.slice(0, 6).map((id) => [id, []]));
  expect(await counts()).toEqual({ 'POST /api/token/': 1, [LIST]: 1, [SHOW]: 6 });
});

test('…and fails as that single read fails, each with its own error', async () => {
  await emulators.vms.admin.addFault({ effect: 'status', status: 503, retryAfter: 3600, method: 'GET', route: '/api/:version/apitokens/' });
  await emulators.vms.admin.addFault({ effect: 'status', status: 503, retryAfter: 3600, method: 'GET', route: '/api/:version/apitokens/:id/' });
  const op = await authtokenOperation(emulators);
  const read = await op.read(TYPE, states(ids.slice(0, 2)));
  for (const [i, r] of read.entries()) {
    expect(r.state?.['id']).toBe(ids[i]); // on failure Terraform keeps what it had
    expect(r.errors).toEqual([expect.stringMatching(/^VMS show API token failed: .*503/s)]);
  }
});

test('tokens still carrying their creation marker (an apply closed before it could remove them) refresh from one list; each rename keeps it good', async () => {
  const marked: string[] = [];
  for (let i = 0; i < 12; i++) marked.push((await admin.createApiToken({ name: withMarker(`m${i}`, newCreationMarker()), expiry_date: '30D' })).id);
  await emulators.vms.admin.resetRequests();
  const op = await authtokenOperation(emulators);
  const read = [...(await op.read(TYPE, states(marked.slice(0, 10)))), ...(await op.read(TYPE, states(marked.slice(10))))];
  expect(read.map((r) => r.state?.['name'])).toEqual(marked.map((_, i) => `m${i}`));
  const c = await counts();
  expect([c[LIST], c['PATCH /api/:version/apitokens/:id/'], c[SHOW]]).toEqual([1, 12, undefined]);
  expect((await admin.listApiTokens({})).filter((t) => marked.includes(t.id)).map((t) => t.name)).toEqual(marked.map((_, i) => `m${i}`));
});
