// Every error of the broker's tables (platform-apis.md C.2 and C.6) through the client: one PlatformError
// naming the platform, the operation, the status and the broker's own message, code and field.
import { randomHex } from '../../../src/emulators/random';
import type { ClientApiVersion } from '../../../src/provider/openshift';
import { isGone, isUnauthenticated, parseChallenge, type OpenShiftBrokerClient } from '../../../src/provider/openshift';
import { brokerClient, failure, startBroker, type Broker } from './broker-fixture';

const INVALID_SCOPES =
  'One or more of the scopes you provided are not allowed. Valid scopes are session, read, userinfo, domain/:id/view, domain/:id/edit, domain/:id/admin, application/:id/view, application/:id/edit, and application/:id/admin.';

describe('OpenShift broker errors through the client', () => {
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

  const bearer = (token: string) => brokerClient(broker, { credentials: { token } });
  const tokenWith = async (scopes: string) => (await client.addAuthorization({ scopes })).authorization.token;

  test('invalid scope on add: 422, invalid, exit_code 1, field scopes', async () => {
    const error = await failure(client.addAuthorization({ scopes: ['session', 'admin'] }));
    expect(error).toMatchObject({ platform: 'openshift', operation: 'add authorization', kind: 'invalid', status: 422, platformMessage: INVALID_SCOPES, platformCode: 1, field: 'scopes', attempts: 1 });
    expect(error.message).toBe(`OpenShift add authorization: HTTP 422: ${INVALID_SCOPES}`);
    expect(error.retryable).toBe(false);
  });

  test('a note over 4096 characters: 422 on field note (the emulator\'s choice; see authorization-routes.ts)', async () => {
    const error = await failure(client.addAuthorization({ note: 'x'.repeat(4097) }));
    expect(error).toMatchObject({ kind: 'invalid', status: 422, field: 'note', platformMessage: 'Note is too long (maximum is 4096 characters)' });
    const auth = (await client.addAuthorization({})).authorization;
    expect(await failure(client.updateAuthorization(auth.id, { note: 'y'.repeat(4097) }))).toMatchObject({ operation: 'update authorization', status: 422, field: 'note' });
  });

  test.each([
    ['show', (c: OpenShiftBrokerClient, id: string) => c.showAuthorization(id), 'show authorization'],
    ['update', (c: OpenShiftBrokerClient, id: string) => c.updateAuthorization(id, { note: 'n' }), 'update authorization'],
  ])('%s of an unknown id: 404, not_found (gone), exit_code 129', async (_name, call, operation) => {
    const id = randomHex(24);
    const error = await failure(call(client, id));
    expect(error).toMatchObject({ operation, kind: 'not_found', status: 404, platformMessage: 'The requested authorization was not found.', platformCode: 129 });
    expect(error.field).toBeUndefined();
    expect(error.message).toBe(`OpenShift ${operation}: HTTP 404: The requested authorization was not found.`);
    expect(isGone(error)).toBe(true);
  });

  test('delete of an unknown id is no error: 200 "Authorization <id> is revoked."', async () => {
    const id = randomHex(24);
    expect(await client.deleteAuthorization(id)).toEqual({ message: `Authorization ${id} is revoked.` });
  });

  test('a read token on the authorizations: 403, forbidden, exit_code 1', async () => {
    const reader = bearer(await tokenWith('read'));
    const error = await failure(reader.listAuthorizations());
    expect(error).toMatchObject({ operation: 'list authorizations', kind: 'forbidden', status: 403, platformMessage: 'This action is not allowed with your current authorization.', platformCode: 1 });
    expect(isGone(error)).toBe(false);
    reader.close();
  });

  test('a domain-scoped token adding one: 403 naming the scopes and the permission, exit_code 1', async () => {
    const domainId = randomHex(24);
    const scoped = bearer(await tokenWith(`domain/${domainId}/admin`));
    const error = await failure(scoped.addAuthorization({ scopes: 'read' }));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, platformMessage: `You are not permitted to perform this action with the scopes domain/${domainId}/admin (create_authorization on cloud user)`, platformCode: 1 });
    scoped.close();
  });

  test('a token with no usable scope: 403 "You are not authorized to perform any operations."', async () => {
    const seeded = await broker.admin.action<{ token: string }>('create-authorization', { login: 'admin', scopes: '' });
    const none = bearer(seeded.token);
    expect(await failure(none.whoAmI())).toMatchObject({ operation: 'get user', kind: 'forbidden', platformMessage: 'You are not authorized to perform any operations.', platformCode: 1 });
    none.close();
  });

  test('an unsupported API version: 406 with the broker\'s text', async () => {
    const future = brokerClient(broker, { apiVersion: '1.8' as ClientApiVersion });
    const error = await failure(future.listAuthorizations());
    expect(error).toMatchObject({ status: 406, platformMessage: 'Requested API version 1.8 is not supported. Supported versions are 1.0,1.1,1.2,1.3,1.4,1.5,1.6,1.7' });
    expect(error.platformCode).toBeUndefined();
    expect(await failure(future.api())).toMatchObject({ operation: 'get API', status: 406 });
    future.close();
  });

  test('bad Basic credentials: 401 "HTTP Basic: Access denied."', async () => {
    const wrong = brokerClient(broker, { credentials: { username: 'admin', password: randomHex(12) } });
    const error = await failure(wrong.listAuthorizations());
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, platformMessage: 'HTTP Basic: Access denied.' });
    expect(error.message).toBe('OpenShift list authorizations: HTTP 401: HTTP Basic: Access denied.');
    expect(isUnauthenticated(error)).toBe(true);
    wrong.close();
  });

  test('an unknown token: 401 with the reason from WWW-Authenticate', async () => {
    const stranger = bearer(randomHex(64));
    const error = await failure(stranger.listAuthorizations());
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, platformCode: 'invalid_token', platformMessage: 'HTTP Bearer: Access denied. (The access token is not recognized)' });
    stranger.close();
  });

  test('an expired token: 401 "The access token expired"; without a password there is no fallback', async () => {
    const token = await tokenWith('session');
    await broker.admin.action('expire', { token });
    const expired = bearer(token);
    await broker.admin.resetRequests();
    const error = await failure(expired.addAuthorization({}));
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, platformMessage: 'HTTP Bearer: Access denied. (The access token expired)', attempts: 1 });
    expect(await broker.admin.count('POST /broker/rest/user/authorizations')).toBe(1);
    expired.close();
  });

  test('the challenge reader takes the broker\'s bare description and the standard form', () => {
    expect(parseChallenge('Bearer error="invalid_token" "The access token expired"')).toEqual({ scheme: 'Bearer', error: 'invalid_token', description: 'The access token expired' });
    expect(parseChallenge('Bearer error="invalid_token", error_description="gone"')).toEqual({ scheme: 'Bearer', error: 'invalid_token', description: 'gone' });
    expect(parseChallenge('Basic realm="Application"')).toEqual({ scheme: 'Basic' });
  });
});
