// How a refresh reads OpenShift authorizations: one listing per Terraform operation, shared by every
// ReadResource of it; through the provider served in-process against the broker emulator.
import { startEmulators, type RunningEmulators } from '../../../src/emulators/start-emulators';
import { OpenShiftBrokerClient } from '../../../src/provider/openshift';
import { newCreationMarker, withMarker } from '../../../src/provider/adoption/creation-marker';
import { authtokenOperation } from '../../support/authtoken-in-process';

const TYPE = 'authtoken_openshift_authorization';
const LIST = 'GET /broker/rest/user/authorizations';

let emulators: RunningEmulators;
let broker: OpenShiftBrokerClient;
const ids: string[] = [];

beforeAll(async () => {
  emulators = await startEmulators();
  const c = emulators.connection.openshift;
  broker = new OpenShiftBrokerClient({ server: c.server, credentials: { username: c.username, password: c.password } });
  for (let i = 0; i < 12; i++) ids.push((await broker.addAuthorization({ scopes: ['read'], note: `n${i}` })).authorization.id);
});

afterAll(async () => {
  broker.close();
  await emulators.stop();
});

beforeEach(() => emulators.openshift.admin.resetRequests());

const states = (list: readonly string[]) => list.map((id) => ({ id, scopes: ['read'] }));

test('a refresh in bursts of ten makes one list request; the reads after the first burst wait on nothing', async () => {
  const op = await authtokenOperation(emulators);
  const read = [...(await op.read(TYPE, states(ids.slice(0, 10)))), ...(await op.read(TYPE, states(ids.slice(10))))];
  expect(read.map((r) => [r.state?.['id'], r.state?.['note']])).toEqual(ids.map((id, i) => [id, `n${i}`]));
  expect((await emulators.openshift.admin.requests()).counts).toEqual({ [LIST]: 1 });
});

test('a token that expired between two operations is gone in the second', async () => {
  const op = await authtokenOperation(emulators);
  expect((await op.read(TYPE, states(ids))).every((r) => r.state !== null)).toBe(true);
  await emulators.openshift.admin.action('expire', { id: ids[0] });
  const seen = await (await authtokenOperation(emulators)).read(TYPE, states(ids));
  expect(seen.map((r) => r.state?.['id'] ?? null)).toEqual(ids.map((id, i) => (i === 0 ? null : id)));
  ids.shift();
});

test('an update by this process makes the listing stale: a read after it lists again', async () => {
  const op = await authtokenOperation(emulators);
  await op.read(TYPE, states(ids.slice(0, 2)));
  const client = op.clients().openshift.client();
  await client.updateAuthorization(ids[1]!, { note: 'changed' });
  const read = await op.read(TYPE, states(ids.slice(0, 2)));
  expect(read.map((r) => r.state?.['note'])).toEqual(['n1', 'changed']);
  expect((await emulators.openshift.admin.requests()).counts[LIST]).toBe(2);
});

test('authorizations still carrying their creation marker (an apply closed before it could remove them) refresh from one list; each note put back keeps it good', async () => {
  const marked: string[] = [];
  for (let i = 0; i < 12; i++) marked.push((await broker.addAuthorization({ scopes: ['read'], note: withMarker(`m${i}`, newCreationMarker()) })).authorization.id);
  await emulators.openshift.admin.resetRequests();
  const op = await authtokenOperation(emulators);
  const read = [...(await op.read(TYPE, states(marked.slice(0, 10)))), ...(await op.read(TYPE, states(marked.slice(10))))];
  expect(read.map((r) => r.state?.['note'])).toEqual(marked.map((_, i) => `m${i}`));
  const counts = (await emulators.openshift.admin.requests()).counts;
  expect([counts[LIST], counts['PUT /broker/rest/user/authorization/:id']]).toEqual([1, 12]);
});
