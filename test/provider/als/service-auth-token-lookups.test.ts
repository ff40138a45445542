// How a refresh reads ALS service auth tokens: one listing (100 a page) per Terraform operation, shared
// by every ReadResource of it; through the provider served in-process against the emulator.
import { startEmulators, type RunningEmulators } from '../../../src/emulators/start-emulators';
import { authtokenOperation } from '../../support/authtoken-in-process';

const TYPE = 'authtoken_als_service_auth_token';
const LIST = 'GET /v2/service_auth_tokens';
const SHOW = 'GET /v2/service_auth_tokens/:guid';

let emulators: RunningEmulators;
let guids: string[];

beforeAll(async () => {
  emulators = await startEmulators();
  const tokens = Array.from({ length: 150 }, (_, i) => ({ label: `svc-${i}`, provider: 'core', token: `secret-${i}-${Math.random()}` }));
  guids = (await emulators.als.admin.action<{ guids: string[] }>('seed-service-auth-tokens', { tokens })).guids;
});

afterAll(() => emulators.stop());

beforeEach(() => emulators.als.admin.resetRequests());

const counts = async () => (await emulators.als.admin.requests()).counts;

test('a token on the second page of the list is found; the refresh reads the list once, page by page', async () => {
  const op = await authtokenOperation(emulators);
  const wanted = [guids[0]!, guids[120]!, guids[149]!];
  const read = await op.read(TYPE, wanted.map((id) => ({ id, label: 'x', service_provider: 'core' })));
  expect(read.map((r) => [r.state?.['id'], r.state?.['label'], r.errors])).toEqual([
    [guids[0], 'svc-0', []],
    [guids[120], 'svc-120', []],
    [guids[149], 'svc-149', []],
  ]);
  expect((await counts())[LIST]).toBe(2);
  expect((await counts())[SHOW]).toBeUndefined();
});

test('a token deleted between two operations is gone in the second', async () => {
  const wanted = [guids[5]!, guids[6]!];
  const state = (id: string) => ({ id, label: 'x', service_provider: 'core' });
  expect((await (await authtokenOperation(emulators)).read(TYPE, wanted.map(state))).every((r) => r.state !== null)).toBe(true);
  await emulators.als.admin.action('delete-service-auth-token', { guid: guids[5] });
  expect((await (await authtokenOperation(emulators)).read(TYPE, wanted.map(state))).map((r) => r.state?.['id'] ?? null)).toEqual([null, guids[6]]);
});

test('for a user the list shows nothing to (not an admin), a token missing from it is read on its own and fails as before, never "gone"', async () => {
  await emulators.als.admin.putUser('dev', { password: 'dev-password-1', roles: [] });
  const op = await authtokenOperation(emulators, { als: { username: 'dev', password: 'dev-password-1' } });
  const read = await op.read(TYPE, [guids[1]!, guids[2]!].map((id) => ({ id, label: 'x', service_provider: 'core' })));
  for (const r of read) {
    expect(r.state).not.toBeNull(); // Terraform keeps what it had
    expect(r.errors).toEqual([expect.stringMatching(/^ALS get service auth token failed/)]);
  }
  expect((await counts())[SHOW]).toBe(2);
});
