// Out-of-band actions (what the broker has no REST API for), configurable scope lifetimes, and state kept
// in a file across restarts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { createOpenShiftEmulator, openShiftEmulator } from '../../../src/emulators/openshift/openshift-emulator';
import type { OpenShiftState } from '../../../src/emulators/openshift/openshift-state';
import { parseAuthScopeTimeouts, SHIPPED_SCOPE_TIMEOUTS } from '../../../src/emulators/openshift/scope-timeouts';
import { StateFile } from '../../../src/emulators/state/state-file';
import { randomHex } from '../../../src/emulators/random';
import { adminAuth, brokerCall, createAuthorization, type Envelope, type WireAuthorization } from './broker-http';

interface Links {
  ADD_AUTHORIZATION: { optional_params: { name: string; description: string }[] };
}

async function scopeDescription(broker: RunningEmulator<OpenShiftState>): Promise<string> {
  const links = (await brokerCall(broker, '/api')).json<Envelope<Links>>().data;
  return links.ADD_AUTHORIZATION.optional_params.find((p) => p.name === 'scope')!.description;
}

describe('OpenShift emulator: admin actions', () => {
  let broker: RunningEmulator<OpenShiftState>;
  beforeAll(async () => {
    broker = await startEmulator(openShiftEmulator);
  });
  afterAll(() => broker.stop());
  beforeEach(() => broker.admin.reset());

  const show = (id: string) => brokerCall(broker, `/user/authorization/${id}`, { auth: adminAuth(broker) });
  const list = async () => (await brokerCall(broker, '/user/authorizations', { auth: adminAuth(broker) })).json<Envelope<WireAuthorization[]>>().data;

  test('the actions are listed by the admin API', async () => {
    expect((await broker.admin.info()).actions).toEqual(['expire', 'revoke', 'delete', 'delete-expired', 'revoke-all', 'create-authorization', 'scope-timeouts']);
  });

  test('expire: the token stays readable with 0 s left, leaves the list and stops authenticating', async () => {
    const auth = await createAuthorization(broker, { scope: 'session', expires_in: 3600 });
    await broker.admin.advanceClock(5);
    const result = await broker.admin.action<{ expires_in_seconds: number; expires_in: number }>('expire', { token: auth.token });
    expect(result.expires_in_seconds).toBe(0);
    expect(result.expires_in).toBeLessThanOrEqual(5);
    const shown = await show(auth.id);
    expect(shown.status).toBe(200);
    expect(shown.json<Envelope<WireAuthorization>>().data.expires_in_seconds).toBe(0);
    expect(await list()).toEqual([]);
    expect((await brokerCall(broker, '/user', { auth: `Bearer ${auth.token}` })).headers['www-authenticate']).toContain('expired');
  });

  test('expire right after creation works too', async () => {
    const auth = await createAuthorization(broker, { scope: 'read' });
    await broker.admin.action('expire', { id: auth.id });
    expect((await show(auth.id)).json<Envelope<WireAuthorization>>().data.expires_in_seconds).toBe(0);
  });

  test('delete: gone for every reader (404)', async () => {
    const auth = await createAuthorization(broker, {});
    expect(await broker.admin.action('delete', { id: auth.id })).toEqual({ deleted: 1 });
    expect((await show(auth.id)).status).toBe(404);
  });

  test('an unknown target is a 404 that does not echo a token; a missing one a 400', async () => {
    const token = randomHex(64);
    const error = await broker.admin.action('delete', { token }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toContain('HTTP 404');
    expect((error as Error).message).not.toContain(token);
    await expect(broker.admin.action('expire', {})).rejects.toThrow('HTTP 400');
  });

  test('delete-expired (oo-admin-ctl-authorization -c expire) deletes only expired tokens', async () => {
    const short = await createAuthorization(broker, { scope: 'read', expires_in: 10 });
    const long = await createAuthorization(broker, { scope: 'read', expires_in: 1000 });
    await broker.admin.advanceClock(11);
    expect(await broker.admin.action('delete-expired')).toEqual({ deleted: 1 });
    expect((await show(short.id)).status).toBe(404);
    expect((await show(long.id)).status).toBe(200);
  });

  test('revoke-all (oo-admin-ctl-authorization -c revoke_all) deletes every token, or one user\'s', async () => {
    const password = randomHex(16);
    await broker.admin.putUser('bob', { password });
    const bobs = await createAuthorization(broker, { scope: 'read' }, `Basic ${Buffer.from(`bob:${password}`).toString('base64')}`);
    const admins = await createAuthorization(broker, { scope: 'read' });
    expect(await broker.admin.action('revoke-all', { login: 'bob' })).toEqual({ deleted: 1 });
    expect(Object.keys((await broker.admin.state<OpenShiftState>()).authorizations)).toEqual([admins.id]);
    expect(bobs.id).not.toBe(admins.id);
    expect(await broker.admin.action('revoke-all')).toEqual({ deleted: 1 });
    expect(await list()).toEqual([]);
  });

  test('create-authorization seeds a token as given, created in the past', async () => {
    const seeded = await broker.admin.action<{ id: string; token: string; expires_in_seconds: number }>('create-authorization', {
      login: 'admin',
      scopes: 'session',
      note: 'seeded',
      expires_in: 100,
      age_seconds: 40,
    });
    expect(seeded.token).toMatch(/^[0-9a-f]{64}$/);
    expect(seeded.expires_in_seconds).toBe(60);
    expect((await show(seeded.id)).json<Envelope<WireAuthorization>>().data).toMatchObject({ note: 'seeded', scopes: 'session', expires_in_seconds: 60 });
    expect((await brokerCall(broker, '/user', { auth: `Bearer ${seeded.token}` })).status).toBe(200);
  });

  test('scope-timeouts: both values per scope are settable at run time (object or broker.conf text); /api describes the new defaults', async () => {
    expect(await broker.admin.action('scope-timeouts')).toEqual(SHIPPED_SCOPE_TIMEOUTS);
    await broker.admin.action('scope-timeouts', { timeouts: 'session=2.hours|1.day, read=1.week|2.weeks, *=1.months|6.months' });
    expect(await scopeDescription(broker)).toMatch(/\*  session\n   .* Valid for about 2 hours\./);
    expect(await scopeDescription(broker)).toMatch(/\*  read\n   .* Valid for 7 days\./);
    expect((await createAuthorization(broker, { scope: 'session' })).expires_in).toBe(7200);
    expect((await createAuthorization(broker, { scope: 'session', expires_in: 86_401 })).expires_in).toBe(7200);
    expect((await createAuthorization(broker, { scope: 'read', expires_in: 14 * 86_400 })).expires_in).toBe(14 * 86_400);

    await broker.admin.action('scope-timeouts', { timeouts: { '*': { defaultSeconds: 60, maximumSeconds: 120 } } });
    expect((await createAuthorization(broker, { scope: 'session', expires_in: 121 })).expires_in).toBe(60);
    await expect(broker.admin.action('scope-timeouts', { timeouts: 'session=soon' })).rejects.toThrow('HTTP 400');
    await expect(broker.admin.action('scope-timeouts', { timeouts: { session: { defaultSeconds: -1, maximumSeconds: 1 } } })).rejects.toThrow('HTTP 400');

    await broker.admin.reset();
    expect(await broker.admin.action('scope-timeouts')).toEqual(SHIPPED_SCOPE_TIMEOUTS);
  });
});

describe('OpenShift emulator: options and state file', () => {
  test('scope timeouts given as an emulator option; parameterized scopes can have their own', async () => {
    const broker = await startEmulator(
      createOpenShiftEmulator({ scopeTimeouts: { '*': { defaultSeconds: 1000, maximumSeconds: 2000 }, 'domain/:id/view': { defaultSeconds: 50, maximumSeconds: 100 } } }),
    );
    try {
      const id = randomHex(24);
      expect((await createAuthorization(broker, { scope: 'read' })).expires_in).toBe(1000);
      expect((await createAuthorization(broker, { scope: `read domain/${id}/view` })).expires_in).toBe(50);
      expect((await createAuthorization(broker, { scope: `domain/${id}/view`, expires_in: 101 })).expires_in).toBe(50);
      expect(await scopeDescription(broker)).toMatch(/\*  domain\/:id\/view\n   .* Valid for 1 minute\./);
    } finally {
      await broker.stop();
    }
  });

  test('broker.conf syntax: one value is both default and maximum; `*` is 1 day unless given', () => {
    expect(parseAuthScopeTimeouts('read=1.month')).toEqual({ '*': { defaultSeconds: 86_400, maximumSeconds: 86_400 }, read: { defaultSeconds: 2_592_000, maximumSeconds: 2_592_000 } });
    expect(SHIPPED_SCOPE_TIMEOUTS).toMatchObject({ session: { defaultSeconds: 86_400, maximumSeconds: 604_800 }, '*': { defaultSeconds: 2_592_000, maximumSeconds: 15_552_000 } });
  });

  test('tokens, users and timeouts survive a restart with a state file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openshift-state-'));
    const path = join(dir, 'state.json');
    try {
      const first = await startEmulator(openShiftEmulator, { stateFile: StateFile.open(path) });
      const auth = await createAuthorization(first, { scope: 'session', note: 'kept' });
      await first.admin.action('scope-timeouts', { timeouts: '*=1.hour|2.hours' });
      const userId = (await brokerCall(first, '/user', { auth: adminAuth(first) })).headers['x-openshift-identity-id'];
      await first.stop();
      expect(JSON.parse(readFileSync(path, 'utf8')).openshift.authorizations[auth.id].note).toBe('kept');

      const second = await startEmulator(openShiftEmulator, { stateFile: StateFile.open(path) });
      try {
        const shown = await brokerCall(second, '/user', { auth: `Bearer ${auth.token}` });
        expect(shown.status).toBe(200);
        expect(shown.headers['x-openshift-identity-id']).toBe(userId);
        expect((await createAuthorization(second, { scope: 'read' })).expires_in).toBe(3600);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a state file from the skeleton (no users, no timeouts) is upgraded; a broken one is refused', () => {
    const emulator = createOpenShiftEmulator();
    const revived = emulator.reviveState!({
      authorizations: { a: { id: 'a', token: 't'.repeat(64), identity: 'admin', scopes: 'read', note: 'n', created_at: '2024-01-01T00:00:00.000Z', expires_in: 60 } },
    });
    expect(revived.users['admin']?.id).toMatch(/^[0-9a-f]{24}$/);
    expect(revived.authorizations['a']).toMatchObject({ user_id: revived.users['admin']!.id, revoked_at: null });
    expect(revived.scopeTimeouts).toEqual(SHIPPED_SCOPE_TIMEOUTS);
    expect(() => emulator.reviveState!({ authorizations: { a: { id: 'a' } } })).toThrow('incomplete');
    expect(() => emulator.reviveState!([])).toThrow();
  });
});
