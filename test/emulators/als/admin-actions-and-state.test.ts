// The ALS emulator's out-of-band actions and its state file: tokens (and logins) survive a restart, and
// no secret is ever written down.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { alsEmulator } from '../../../src/emulators/als/als-emulator';
import type { AlsState } from '../../../src/emulators/als/als-state';
import { StateFile } from '../../../src/emulators/state/state-file';
import { cc, freshSecret, loginAdmin, tokenRequest } from './als-http';

const PATH = '/v2/service_auth_tokens';

describe('ALS emulator: admin actions', () => {
  let als: RunningEmulator<AlsState>;
  beforeAll(async () => {
    als = await startEmulator(alsEmulator);
  });
  afterAll(() => als.stop());
  beforeEach(() => als.admin.reset());

  const seed = async (...pairs: [string, string, string][]) =>
    (await als.admin.action<{ guids: string[] }>('seed-service-auth-tokens', { tokens: pairs.map(([label, provider, token]) => ({ label, provider, token })) })).guids;

  test('the emulator lists its actions', async () => {
    expect((await als.admin.info()).actions).toEqual([
      'delete-service-auth-token',
      'update-service-auth-token',
      'seed-service-auth-tokens',
      'verify-service-auth-token',
      'expire-access-tokens',
      'revoke-tokens',
      'set-deprecation-warnings',
      'set-endpoint-removed',
    ]);
  });

  test('delete-service-auth-token by guid or by (label, provider); 404 for an unknown one', async () => {
    const [a, b] = await seed(['mysql', 'core', freshSecret()], ['redis', 'core', freshSecret()]);
    expect(await als.admin.action('delete-service-auth-token', { guid: a })).toEqual({ guid: a });
    expect(await als.admin.action('delete-service-auth-token', { label: 'redis', provider: 'core' })).toEqual({ guid: b });
    expect(als.context.state.read().serviceAuthTokens).toEqual({});
    await expect(als.admin.action('delete-service-auth-token', { guid: a })).rejects.toThrow(`HTTP 404: no service auth token ${a}`);
    await expect(als.admin.action('delete-service-auth-token', {})).rejects.toThrow('HTTP 400');
  });

  test('update-service-auth-token renames or rotates out of band', async () => {
    const [guid] = await seed(['mysql', 'core', freshSecret()]);
    const rotated = freshSecret();
    const rendered = await als.admin.action('update-service-auth-token', { guid, label: 'mariadb', token: rotated });
    expect(rendered).toMatchObject({ metadata: { guid }, entity: { label: 'mariadb', provider: 'core' } });
    expect(await als.admin.action('verify-service-auth-token', { label: 'mariadb', provider: 'core', token: rotated })).toEqual({ matches: true });
    await seed(['redis', 'core', freshSecret()]);
    await expect(als.admin.action('update-service-auth-token', { guid, label: 'redis' })).rejects.toThrow('HTTP 409: the service auth token label is taken: redis-core');
  });

  test('seed-service-auth-tokens is all or nothing when a pair is taken', async () => {
    await seed(['mysql', 'core', freshSecret()]);
    await expect(seed(['redis', 'core', freshSecret()], ['mysql', 'core', freshSecret()])).rejects.toThrow('HTTP 409: the service auth token label is taken: mysql-core');
    await expect(seed(['a', 'b', freshSecret()], ['a', 'b', freshSecret()])).rejects.toThrow('HTTP 409');
    expect(Object.values(als.context.state.read().serviceAuthTokens).map((t) => t.label)).toEqual(['mysql']);
  });

  test('verify-service-auth-token needs the secret to compare', async () => {
    const [guid] = await seed(['mysql', 'core', freshSecret()]);
    await expect(als.admin.action('verify-service-auth-token', { guid })).rejects.toThrow('HTTP 400');
  });

  test('expire-access-tokens stops bearer tokens but not refresh tokens; revoke-tokens stops both', async () => {
    const grant = await loginAdmin(als);
    expect(await als.admin.action('expire-access-tokens', {})).toEqual({ expired: 1 });
    expect((await cc(als, 'GET', PATH, { token: grant.access_token })).status).toBe(401);
    const refreshed = await tokenRequest(als, { grant_type: 'refresh_token', refresh_token: grant.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(await als.admin.action('revoke-tokens', { username: 'admin' })).toEqual({ revoked: 3 });
    expect((await tokenRequest(als, { grant_type: 'refresh_token', refresh_token: grant.refresh_token })).status).toBe(401);
  });

  test('settings reject non-booleans', async () => {
    await expect(als.admin.action('set-deprecation-warnings', { enabled: 'yes' })).rejects.toThrow('HTTP 400');
    await expect(als.admin.action('set-endpoint-removed', {})).rejects.toThrow('HTTP 400');
    expect(await als.admin.action('set-deprecation-warnings', { enabled: true })).toEqual({ deprecationWarnings: true, endpointRemoved: false });
  });

  test('a reset forgets tokens, logins and settings', async () => {
    const grant = await loginAdmin(als);
    await seed(['mysql', 'core', freshSecret()]);
    await als.admin.action('set-endpoint-removed', { removed: true });
    await als.admin.reset();
    expect((await cc(als, 'GET', PATH, { token: grant.access_token })).status).toBe(401);
    const fresh = await loginAdmin(als);
    expect((await cc(als, 'GET', PATH, { token: fresh.access_token })).json()).toMatchObject({ total_results: 0 });
  });
});

describe('ALS emulator: state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'authtoken-als-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('tokens and logins survive a restart; the file holds no secret', async () => {
    const path = join(dir, 'state.json');
    const secret = freshSecret();
    const first = await startEmulator(alsEmulator, { stateFile: StateFile.open(path) });
    const grant = await loginAdmin(first);
    const created = await cc(first, 'POST', PATH, { token: grant.access_token, body: { label: 'mysql', provider: 'core', token: secret } });
    expect(created.status).toBe(201);
    await first.stop();

    const text = readFileSync(path, 'utf8');
    for (const s of [secret, grant.access_token, grant.refresh_token]) expect(text).not.toContain(s);

    const second = await startEmulator(alsEmulator, { stateFile: StateFile.open(path) });
    try {
      const list = await cc(second, 'GET', PATH, { token: grant.access_token });
      expect(list.json()).toMatchObject({ total_results: 1, resources: [{ entity: { label: 'mysql', provider: 'core' } }] });
      expect(await second.admin.action('verify-service-auth-token', { label: 'mysql', provider: 'core', token: secret })).toEqual({ matches: true });
      const next = await cc(second, 'POST', PATH, { token: grant.access_token, body: { label: 'redis', provider: 'core', token: freshSecret() } });
      expect(next.status).toBe(201);
      expect(Object.values(second.context.state.read().serviceAuthTokens).map((t) => t.id)).toEqual([1, 2]);
    } finally {
      await second.stop();
    }
  });

  test('a state file with a malformed ALS part is refused at start', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ format: 'authtoken-emulators/1', als: { serviceAuthTokens: { x: { guid: 'y' } } } }));
    await expect(startEmulator(alsEmulator, { stateFile: StateFile.open(path) })).rejects.toThrow('ALS state: service auth token x is malformed');
  });
});
