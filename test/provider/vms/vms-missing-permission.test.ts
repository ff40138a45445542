// A VMS 403 through the client over real HTTP names the Security-realm permission the call takes and the
// VMS user who lacks it, whatever the credentials: the VMS itself only says "You do not have permission".
import { inspect } from 'node:util';
import { MissingPermissionError } from '../../../src/provider/vms';
import { failure, startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

const DENIED = 'You do not have permission to perform this action.';

describe('VMS client: a missing Security permission', () => {
  let f: VmsClientFixture;
  beforeAll(async () => {
    f = await startVmsClientFixture();
  });
  afterAll(() => f.stop());
  beforeEach(() => f.vms.admin.reset());
  afterEach(() => f.closeAll());

  test('each operation names its permission: Create, Edit, Delete, and View for another owner\'s tokens', async () => {
    const admin = f.client(f.basic('admin'));
    const own = await admin.createApiToken({ owner: 'guest' });
    const bobs = await admin.createApiToken({ owner: 'bob' });
    const guest = f.client(f.basic('guest'));
    const cases = [
      ['create API token', 'Create', '', () => guest.createApiToken({ name: 'mine' })],
      ['modify API token', 'Edit', '', () => guest.modifyApiToken(own.id, { name: 'renamed' })],
      ['revoke API token', 'Delete', '', () => guest.revokeApiToken(own.id)],
      ['show API token', 'View', ", to see another owner's API tokens", () => guest.getApiToken(bobs.id)],
      ['list API tokens', 'View', ", to see another owner's API tokens", () => guest.listApiTokens({ owner: 'bob' })],
    ] as const;
    for (const [operation, permission, why, call] of cases) {
      const error = await failure(call());
      expect(error).toBeInstanceOf(MissingPermissionError);
      expect(error.message).toBe(`VMS ${operation}: HTTP 403: ${DENIED} (this needs the ${permission} permission on the Security realm for the VMS user "guest"${why})`);
      expect(error).toMatchObject({ platform: 'vms', operation, kind: 'forbidden', status: 403, retryable: false, realm: 'Security', permission, username: 'guest' });
    }
    // What the guest may do without any permission still works.
    expect((await guest.getApiToken(own.id)).name).toBe('guest_api_token');
  });

  test('the provider\'s diagnostic says it too', async () => {
    const error = await failure(f.client(f.basic('guest')).createApiToken());
    expect(error.toDiagnostic()).toEqual({
      severity: 'error',
      summary: 'VMS create API token failed',
      detail: `VMS answered HTTP 403 Forbidden to create API token: ${DENIED} (this needs the Create permission on the Security realm for the VMS user "guest").`,
    });
  });

  test('a manager with Create but not Edit creates, and is told Edit is what modifying takes', async () => {
    await f.vms.admin.putUser('creator', { roles: ['security.create'] });
    const creator = f.client(f.jwt('creator'));
    const { id } = await creator.createApiToken();
    const error = await failure(creator.modifyApiToken(id, { expiry_date: '1D' }));
    expect(error.message).toBe(`VMS modify API token: HTTP 403: ${DENIED} (this needs the Edit permission on the Security realm for the VMS user "creator")`);
  });

  test('with an API token the hint names its owner by the token\'s id, never by its secret', async () => {
    const { id, token } = await f.client(f.basic('admin')).createApiToken({ owner: 'guest' });
    const byToken = f.client(f.apiToken(token));
    const error = await failure(byToken.createApiToken());
    expect(error.message).toBe(`VMS create API token: HTTP 403: ${DENIED} (this needs the Create permission on the Security realm for the VMS user who owns API token ${id})`);
    expect(error).toMatchObject({ permission: 'Create', username: undefined });
    const secret = token.slice(token.indexOf('.') + 1);
    for (const text of [error.message, error.stack ?? '', inspect(error, { depth: null }), JSON.stringify(error)]) expect(text).not.toContain(secret);
  });

  test('other failures are left as they are: a 404 is not a permission error, nor is a 403 whose realm is not documented', async () => {
    const admin = f.client(f.basic('admin'));
    const missing = await failure(admin.modifyApiToken('NoSuchId', { name: 'x' }));
    expect(missing).not.toBeInstanceOf(MissingPermissionError);
    expect(missing.message).toBe('VMS modify API token: HTTP 404: API key not found');
    const setting = await failure(f.client(f.basic('guest')).setMaxApiTokensPerUser(9));
    expect(setting).not.toBeInstanceOf(MissingPermissionError);
    expect(setting.message).toBe(`VMS set max API tokens per user: HTTP 403: ${DENIED}`);
  });
});
