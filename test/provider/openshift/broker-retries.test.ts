// Retries under injected faults: idempotent calls (list, show, update, delete, discovery) are retried with
// backoff or the broker's Retry-After; a create is never repeated, except after the one renewed 401.
// The request log proves how many attempts reached the broker.
import { randomHex } from '../../../src/emulators/random';
import type { OpenShiftBrokerClient } from '../../../src/provider/openshift';
import { adminCredentials, brokerClient, failure, startBroker, type Broker } from './broker-fixture';

const COLLECTION = '/broker/rest/user/authorizations';
const MEMBER = '/broker/rest/user/authorization/:id';

describe('OpenShift broker client retries', () => {
  let broker: Broker;
  let client: OpenShiftBrokerClient;
  beforeAll(async () => {
    broker = await startBroker();
    client = brokerClient(broker);
  });
  afterAll(async () => {
    client.close();
    await broker.stop();
  });
  beforeEach(() => broker.admin.reset());

  const outcomes = async (route: string) => (await broker.admin.requests()).entries.filter((e) => e.route === route).map((e) => e.outcome);

  test('list: two 503s with Retry-After 0, then the answer; three attempts in the log', async () => {
    await client.addAuthorization({});
    await broker.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'GET', route: COLLECTION, times: 2 });
    expect(await client.listAuthorizations()).toHaveLength(1);
    expect(await outcomes(`GET ${COLLECTION}`)).toEqual([
      { kind: 'fault-status', status: 503 },
      { kind: 'fault-status', status: 503 },
      { kind: 'answered', status: 200 },
    ]);
  });

  test('show: a reset connection is retried', async () => {
    const auth = (await client.addAuthorization({})).authorization;
    await broker.admin.addFault({ effect: 'reset', method: 'GET', route: MEMBER, times: 1 });
    expect((await client.showAuthorization(auth.id)).id).toBe(auth.id);
    expect(await outcomes(`GET ${MEMBER}`)).toEqual([{ kind: 'fault-reset' }, { kind: 'answered', status: 200 }]);
  });

  test('update (PUT) and delete are retried on 502 and 429', async () => {
    const auth = (await client.addAuthorization({})).authorization;
    await broker.admin.addFault({ effect: 'status', status: 502, method: 'PUT', route: MEMBER, times: 1 });
    await broker.admin.addFault({ effect: 'status', status: 429, retryAfter: 0, method: 'DELETE', route: MEMBER, times: 2 });
    expect((await client.updateAuthorization(auth.id, { note: 'n' })).note).toBe('n');
    expect(await client.deleteAuthorization(auth.id)).toEqual({ message: `Authorization ${auth.id} is revoked.` });
    expect(await broker.admin.count(`PUT ${MEMBER}`)).toBe(2);
    expect(await broker.admin.count(`DELETE ${MEMBER}`)).toBe(3);
  });

  test('delete all and discovery are retried on 504', async () => {
    await broker.admin.addFault({ effect: 'status', status: 504, method: 'DELETE', route: COLLECTION, times: 1 });
    await broker.admin.addFault({ effect: 'status', status: 504, route: '/broker/rest/api', times: 1 });
    await client.deleteAllAuthorizations();
    expect((await client.api()).supports_authorizations).toBe(true);
    expect(await broker.admin.count(`DELETE ${COLLECTION}`)).toBe(2);
    expect(await broker.admin.count('GET /broker/rest/api')).toBe(2);
  });

  test('Retry-After is honoured', async () => {
    await broker.admin.addFault({ effect: 'status', status: 503, retryAfter: 1, method: 'GET', route: COLLECTION, times: 1 });
    const started = Date.now();
    await client.listAuthorizations();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  test('retries are bounded: the last failure is reported with the attempt count', async () => {
    await broker.admin.addFault({ effect: 'status', status: 503, method: 'GET', route: COLLECTION });
    const limited = brokerClient(broker, { retry: { maxAttempts: 3 } });
    const error = await failure(limited.listAuthorizations());
    expect(error).toMatchObject({ kind: 'transient', status: 503, attempts: 3, retryable: true });
    expect(error.message).toBe('OpenShift list authorizations: HTTP 503: Service Unavailable (after 3 attempts)');
    expect(await broker.admin.count(`GET ${COLLECTION}`)).toBe(3);
    limited.close();
  });

  test('add answered 503 is not repeated: one POST, no token created', async () => {
    await broker.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'POST', route: COLLECTION, times: 1 });
    const error = await failure(client.addAuthorization({ scopes: 'read' }));
    expect(error).toMatchObject({ operation: 'add authorization', kind: 'transient', status: 503, attempts: 1 });
    expect(await broker.admin.count(`POST ${COLLECTION}`)).toBe(1);
    expect(await client.listAuthorizations()).toEqual([]);
  });

  test('add whose connection was reset is not repeated', async () => {
    await broker.admin.addFault({ effect: 'reset', method: 'POST', route: COLLECTION, times: 1 });
    const error = await failure(client.addAuthorization({ scopes: 'read' }));
    expect(error).toMatchObject({ kind: 'transient', networkCode: 'ECONNRESET', attempts: 1 });
    expect(await outcomes(`POST ${COLLECTION}`)).toEqual([{ kind: 'fault-reset' }]);
  });

  test('add with a refused token and a password: the one renewed 401 repeats the POST once, and one token exists', async () => {
    const { username, password } = adminCredentials(broker) as { username: string; password: string };
    const fallback = brokerClient(broker, { credentials: { token: randomHex(64), username, password } });
    await broker.admin.resetRequests();
    const added = await fallback.addAuthorization({ scopes: 'read' });
    expect(await outcomes(`POST ${COLLECTION}`)).toEqual([
      { kind: 'answered', status: 401 },
      { kind: 'answered', status: 201 },
    ]);
    expect((await client.listAuthorizations()).map((a) => a.id)).toEqual([added.authorization.id]);
    fallback.close();
  });

  test('a 422 is not retried', async () => {
    await failure(client.addAuthorization({ scopes: 'nope' }));
    await failure(client.showAuthorization(randomHex(24)));
    expect(await broker.admin.count(`POST ${COLLECTION}`)).toBe(1);
    expect(await broker.admin.count(`GET ${MEMBER}`)).toBe(1);
  });
});
