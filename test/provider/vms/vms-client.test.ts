// The VMS client against the VMS emulator over real HTTP: every endpoint, and every error of
// platform-apis.md §B.6 as a PlatformError naming the platform, the operation, the status and the VMS's
// own message, with the kind the provider decides on (`not_found` = gone).
import { inspect } from 'node:util';
import { apiTokenStatus, type VmsClient } from '../../../src/provider/vms';
import { failure, startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

const DAY_MS = 86_400_000;

describe('VMS client', () => {
  let f: VmsClientFixture;
  let admin: VmsClient;
  let alice: VmsClient;
  beforeAll(async () => {
    f = await startVmsClientFixture();
  });
  afterAll(() => f.stop());
  beforeEach(async () => {
    await f.vms.admin.reset();
    admin = f.client(f.basic('admin'));
    alice = f.client(f.basic('alice'));
  });
  afterEach(() => f.closeAll());

  describe('API tokens', () => {
    test('create answers {id, token}; show reads it back in the API\'s words, without the secret', async () => {
      const created = await alice.createApiToken({}, {});
      expect(created.id).toMatch(/^[A-Za-z0-9]{8}$/);
      expect(created.token.startsWith(`${created.id}.`)).toBe(true);
      const token = await alice.getApiToken(created.id);
      expect(token).toEqual({
        id: created.id,
        name: 'alice_api_token',
        owner: 'alice',
        created: expect.stringMatching(/Z$/),
        expiry_date: null,
        last_used: null,
        revoked: false,
        revocation_time: null,
      });
      expect(apiTokenStatus(token)).toBe('valid');
    });

    test('create with name, owner and expiry_date; the expiry is creation + duration', async () => {
      const { id } = await admin.createApiToken({ name: 'ci', owner: 'bob', expiry_date: '6M' });
      const token = await admin.getApiToken(id);
      expect(token).toMatchObject({ name: 'ci', owner: 'bob' });
      expect(Date.parse(token.expiry_date!) - Date.parse(token.created)).toBe(180 * DAY_MS);
    });

    test('list: tokens not revoked by default, revoked ones with archived; owner and name filters', async () => {
      const a = await admin.createApiToken({ name: 'a', owner: 'alice' });
      const b = await admin.createApiToken({ name: 'b', owner: 'bob' });
      await admin.revokeApiToken(a.id);
      expect((await admin.listApiTokens()).map((t) => t.id)).toEqual([b.id]);
      expect((await admin.listApiTokens({ archived: true })).map((t) => [t.id, t.revoked])).toEqual([
        [a.id, true],
        [b.id, false],
      ]);
      expect((await admin.listApiTokens({ owner: 'alice', archived: true })).map((t) => t.id)).toEqual([a.id]);
      expect((await admin.listApiTokens({ name: 'b' })).map((t) => t.id)).toEqual([b.id]);
      expect(await admin.listApiTokens({ name: 'none' })).toEqual([]);
    });

    test('modify: name and expiry; the new expiry counts from creation, not from now', async () => {
      const { id } = await alice.createApiToken({ expiry_date: '1D' });
      await f.vms.admin.advanceClock(20 * 86_400);
      await alice.modifyApiToken(id, { name: 'renamed', expiry_date: '30D' });
      const token = await alice.getApiToken(id);
      expect(token.name).toBe('renamed');
      expect(Date.parse(token.expiry_date!) - Date.parse(token.created)).toBe(30 * DAY_MS);
      // 30 days from creation is 10 days from now.
      const { now } = await f.vms.admin.clock();
      expect(Math.round((Date.parse(token.expiry_date!) - Date.parse(now)) / DAY_MS)).toBe(10);
    });

    test('modify to an expiry that has already passed since creation leaves the token expired', async () => {
      const { id } = await alice.createApiToken();
      await f.vms.admin.advanceClock(2 * 86_400);
      await alice.modifyApiToken(id, { expiry_date: '1D' });
      const { now } = await f.vms.admin.clock();
      expect(apiTokenStatus(await alice.getApiToken(id), Date.parse(now))).toBe('expired');
    });

    test('revoke is final; the token stays readable as revoked; revoking again succeeds', async () => {
      const { id } = await alice.createApiToken();
      await alice.revokeApiToken(id);
      const token = await alice.getApiToken(id);
      expect(token).toMatchObject({ revoked: true, revocation_time: expect.stringMatching(/Z$/) });
      expect(apiTokenStatus(token)).toBe('revoked');
      await alice.revokeApiToken(id);
      expect(await f.vms.admin.count('PATCH /api/:version/apitokens/:id/revoke/')).toBe(2);
    });

    test('the configured API version is used; `latest` works too', async () => {
      const latest = f.client(f.basic('alice'), { apiVersion: 'latest' });
      await latest.createApiToken();
      expect(await latest.listApiTokens()).toHaveLength(1);
      const urls = (await f.vms.admin.requests()).entries.map((e) => e.url);
      expect(urls).toEqual(['/api/latest/apitokens/', '/api/latest/apitokens/']);
      expect(() => f.client(f.basic('alice'), { apiVersion: '5' })).toThrow(/"latest" or v<N>/);
    });
  });

  describe('the per-user limit setting', () => {
    test('listVms, getVms, getMaxApiTokensPerUser and setMaxApiTokensPerUser', async () => {
      expect(await admin.listVms()).toEqual([expect.objectContaining({ id: 1, max_api_tokens_per_user: 5 })]);
      expect(await admin.getVms(1)).toMatchObject({ id: 1, name: 'vms' });
      expect(await alice.getMaxApiTokensPerUser()).toEqual({ vmsId: 1, maxApiTokensPerUser: 5 });
      await admin.setMaxApiTokensPerUser(8);
      expect(await alice.getMaxApiTokensPerUser()).toEqual({ vmsId: 1, maxApiTokensPerUser: 8 });
      await admin.setMaxApiTokensPerUser(3, { vmsId: 1 });
      expect((await admin.getVms(1)).max_api_tokens_per_user).toBe(3);
      await expect(admin.setMaxApiTokensPerUser(0)).rejects.toThrow(RangeError);
    });

    test('errors: unknown VMS is not_found; setting without Security edit is forbidden', async () => {
      expect(await failure(admin.getVms(9))).toMatchObject({ kind: 'not_found', status: 404, message: 'VMS show VMS: HTTP 404: Not found.' });
      const denied = await failure(f.client(f.basic('guest')).setMaxApiTokensPerUser(9));
      expect(denied).toMatchObject({ kind: 'forbidden', status: 403 });
      expect(denied.message).toBe('VMS set max API tokens per user: HTTP 403: You do not have permission to perform this action.');
    });
  });

  describe('errors (platform-apis.md §B.6)', () => {
    test('401 bad credentials: unauthorized, with DRF\'s detail', async () => {
      const wrong = f.client({ kind: 'basic', username: 'admin', password: 'not-the-password' });
      const error = await failure(wrong.listApiTokens());
      expect(error).toMatchObject({ platform: 'vms', operation: 'list API tokens', kind: 'unauthorized', status: 401, platformMessage: 'Invalid username/password.', attempts: 1 });
      expect(error.message).toBe('VMS list API tokens: HTTP 401: Invalid username/password.');
    });

    test('403 missing Security permission: forbidden, for every operation', async () => {
      const { id } = await admin.createApiToken({ owner: 'bob' });
      const guest = f.client(f.basic('guest'));
      const denied = [
        await failure(guest.createApiToken({ owner: 'bob' })),
        await failure(guest.getApiToken(id)),
        await failure(guest.modifyApiToken(id, { name: 'x' })),
        await failure(guest.revokeApiToken(id)),
        await failure(guest.listApiTokens({ owner: 'bob' })),
      ];
      expect(denied.map((e) => [e.operation, e.kind, e.status])).toEqual([
        ['create API token', 'forbidden', 403],
        ['show API token', 'forbidden', 403],
        ['modify API token', 'forbidden', 403],
        ['revoke API token', 'forbidden', 403],
        ['list API tokens', 'forbidden', 403],
      ]);
      expect(denied[0]!.platformMessage).toBe('You do not have permission to perform this action. (this needs the Create permission on the Security realm for the VMS user "guest")');
      // Security view is enough to read them.
      const auditor = f.client(f.jwt('auditor'));
      expect((await auditor.getApiToken(id)).owner).toBe('bob');
    });

    test('400 bad expiry_date, unknown owner, bad name: invalid, with the VMS\'s string', async () => {
      const badExpiry = await failure(admin.createApiToken({ expiry_date: '180X' }));
      expect(badExpiry).toMatchObject({ kind: 'invalid', status: 400 });
      expect(badExpiry.message).toMatch(/^VMS create API token: HTTP 400: Invalid expiry_date "180X": unknown unit "X"/);
      const unknownOwner = await failure(admin.createApiToken({ owner: 'nobody' }));
      expect(unknownOwner.message).toBe('VMS create API token: HTTP 400: Manager nobody does not exist');
      const { id } = await admin.createApiToken();
      expect(await failure(admin.modifyApiToken(id, { name: '' }))).toMatchObject({ kind: 'invalid', platformMessage: 'name must be a non-empty string' });
      expect(await failure(admin.modifyApiToken(id, { expiry_date: '1.5D' }))).toMatchObject({ kind: 'invalid', status: 400 });
    });

    test('404 unknown id: not_found on show, modify and revoke, each with its own message', async () => {
      expect((await failure(admin.getApiToken('NoSuchId'))).message).toBe('VMS show API token: HTTP 404: Not found.');
      expect((await failure(admin.modifyApiToken('NoSuchId', { name: 'x' }))).message).toBe('VMS modify API token: HTTP 404: API key not found');
      expect((await failure(admin.revokeApiToken('NoSuchId'))).message).toBe('VMS revoke API token: HTTP 404: Api token not found');
      for (const error of [await failure(admin.getApiToken('NoSuchId')), await failure(admin.revokeApiToken('NoSuchId'))]) {
        expect([error.kind, error.status, error.retryable]).toEqual(['not_found', 404, false]);
      }
    });

    test('a token deleted out of band reads as not_found (gone)', async () => {
      const { id } = await admin.createApiToken();
      await f.vms.admin.action('delete-api-token', { id });
      expect((await failure(admin.getApiToken(id))).kind).toBe('not_found');
    });

    test('400 for modifying a revoked token', async () => {
      const { id } = await admin.createApiToken();
      await admin.revokeApiToken(id);
      expect(await failure(admin.modifyApiToken(id, { name: 'x' }))).toMatchObject({ kind: 'invalid', platformMessage: 'Cannot modify a revoked API token' });
    });

    test('ids are path-encoded, never letting a path escape its route', async () => {
      expect((await failure(admin.getApiToken('../vms'))).kind).toBe('not_found');
      expect((await f.vms.admin.requests()).entries.at(-1)!.url).toBe('/api/v5/apitokens/..%2Fvms/');
    });
  });

  describe('tenant and cancellation', () => {
    test('X-Tenant-Name is sent on every call: a known tenant works, an unknown one is the VMS\'s 400', async () => {
      await f.vms.admin.action('add-tenant', { name: 'research' });
      expect(await f.client(f.basic('alice'), { tenant: 'research' }).listApiTokens()).toEqual([]);
      const error = await failure(f.client(f.basic('alice'), { tenant: 'nowhere' }).listApiTokens());
      expect(error).toMatchObject({ kind: 'invalid', status: 400, platformMessage: 'Tenant nowhere does not exist' });
    });

    test('an AbortSignal cancels a call in flight (kind aborted), and an aborted signal sends nothing', async () => {
      await f.vms.admin.addFault({ effect: 'latency', ms: 5_000, method: 'GET' });
      const controller = new AbortController();
      const pending = failure(alice.listApiTokens({}, { signal: controller.signal }));
      setTimeout(() => controller.abort(), 50);
      const started = Date.now();
      expect(await pending).toMatchObject({ kind: 'aborted' });
      expect(Date.now() - started).toBeLessThan(2_000);
      await f.vms.admin.clearFaults();
      await f.vms.admin.resetRequests();
      expect((await failure(alice.createApiToken({}, { signal: AbortSignal.abort() }))).kind).toBe('aborted');
      expect((await f.vms.admin.requests()).total).toBe(0);
    });
  });

  test('a client shows no credential when inspected', async () => {
    const { token } = await admin.createApiToken();
    const byToken = f.client(f.apiToken(token));
    const text = [inspect(admin, { depth: 5, showHidden: true }), inspect(byToken, { depth: 5, showHidden: true }), JSON.stringify(byToken)].join('\n');
    expect(text).not.toContain(f.password('admin'));
    expect(text).not.toContain(token.split('.')[1]!);
  });
});
