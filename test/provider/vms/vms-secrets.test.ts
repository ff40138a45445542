// No secret ever leaves the VMS client in an error or a log line. Every kind of emulator answer (successes,
// each §B.6 error, JWT refresh and re-login, the limit, injected faults) is driven through clients whose
// traffic passes a recording proxy; every credential and token that crossed the wire (passwords, Basic
// credentials, JWTs, API tokens, created token values and their secret halves) is then looked for in every
// rendering of every error and in every captured log line. A second round makes every error answer quote
// the request's credentials and body back, so redaction has something to hide.
import { inspect } from 'node:util';
import { randomAlphanumeric } from '../../../src/emulators/random';
import { PlatformError, REDACTED } from '../../../src/provider/common';
import type { VmsClient, VmsClientOptions, VmsCredentials } from '../../../src/provider/vms';
import { captureLogger } from '../../support/client';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

function renderings(error: unknown): string[] {
  return [String(error), (error as Error).message, (error as Error).stack ?? '', inspect(error, { showHidden: true, depth: null }), JSON.stringify(error)];
}

describe('VMS client secrets', () => {
  let f: VmsClientFixture;
  let proxy: RecordingProxy;
  beforeAll(async () => {
    f = await startVmsClientFixture();
    proxy = await startRecordingProxy(f.vms.baseUrl);
  });
  afterAll(async () => {
    await proxy.stop();
    await f.stop();
  });
  beforeEach(() => f.vms.admin.reset());
  afterEach(() => f.closeAll());

  /** Runs every kind of call and answer; returns the errors and the log text. */
  async function driveEverything(): Promise<{ errors: PlatformError[]; log: string }> {
    const logger = captureLogger();
    const errors: PlatformError[] = [];
    const client = (credentials: VmsCredentials, options: Partial<VmsClientOptions> = {}): VmsClient =>
      f.client(credentials, { endpoint: proxy.url, logger, ...options, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    const expectFailure = async (promise: Promise<unknown>, kind: string) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!(error instanceof PlatformError)) throw new Error(`expected a ${kind} PlatformError, got ${String(error)}`);
      expect(error.kind).toBe(kind);
      errors.push(error);
    };

    const admin = client(f.basic('admin'));
    const alice = client(f.jwt('alice'));

    // Successes: create (the token value crosses the wire), show, list in both forms, modify, revoke, the limit.
    const aliceToken = await admin.createApiToken({ owner: 'alice', name: 'secrets test' });
    const bobToken = await admin.createApiToken({ owner: 'bob', expiry_date: '1h' });
    await admin.getApiToken(aliceToken.id);
    await admin.listApiTokens();
    await client(f.basic('admin'), { pageSize: 1 }).listApiTokens({ archived: true });
    await admin.modifyApiToken(aliceToken.id, { name: 'renamed', expiry_date: '30D' });
    await admin.setMaxApiTokensPerUser(2);
    await alice.listApiTokens();
    const byToken = client(f.apiToken(aliceToken.token));
    await byToken.listApiTokens();
    await byToken.getMaxApiTokensPerUser();

    // 400s.
    await expectFailure(admin.createApiToken({ expiry_date: '180X' }), 'invalid');
    await expectFailure(admin.createApiToken({ owner: 'nobody' }), 'invalid');
    await expectFailure(admin.modifyApiToken(aliceToken.id, { name: '' }), 'invalid');
    await expectFailure(client(f.basic('alice'), { tenant: 'nowhere' }).listApiTokens(), 'invalid');
    // 401s: wrong Basic password, wrong JWT password, unknown API token.
    await expectFailure(client({ kind: 'basic', username: 'admin', password: `wrong-${randomAlphanumeric(16)}` }).listApiTokens(), 'unauthorized');
    await expectFailure(client({ kind: 'jwt', username: 'alice', password: `wrong-${randomAlphanumeric(16)}` }).listApiTokens(), 'unauthorized');
    await expectFailure(client(f.apiToken(`${randomAlphanumeric(8)}.${randomAlphanumeric(32)}`)).listApiTokens(), 'unauthorized');
    // 403s: a manager without Security permissions.
    const guest = client(f.jwt('guest'));
    await expectFailure(guest.getApiToken(bobToken.id), 'forbidden');
    await expectFailure(guest.modifyApiToken(bobToken.id, { name: 'x' }), 'forbidden');
    await expectFailure(guest.revokeApiToken(bobToken.id), 'forbidden');
    await expectFailure(guest.createApiToken({ owner: 'bob' }), 'forbidden');
    await expectFailure(guest.setMaxApiTokensPerUser(9), 'forbidden');
    // 404s.
    await expectFailure(admin.getApiToken('NoSuchId'), 'not_found');
    await expectFailure(admin.modifyApiToken('NoSuchId', { name: 'x' }), 'not_found');
    await expectFailure(admin.revokeApiToken('NoSuchId'), 'not_found');
    await expectFailure(admin.getVms(9), 'not_found');
    // 503 limit (alice holds 1, limit 2: one more, then refused).
    await alice.createApiToken({ name: 'second' });
    await expectFailure(alice.createApiToken({ name: 'third' }), 'limit');
    // JWT refresh, then re-login, after the emulator clock moves on.
    await f.vms.admin.advanceClock(3_600);
    await alice.listApiTokens();
    await f.vms.admin.advanceClock(2 * 86_400);
    await alice.listApiTokens();
    // Revoked and expired API-token credentials.
    await admin.revokeApiToken(aliceToken.id);
    await expectFailure(byToken.listApiTokens(), 'unauthorized');
    await expectFailure(client(f.apiToken(bobToken.token)).listApiTokens(), 'unauthorized');
    // Faults: an outage on an idempotent call (retried, then given up) and a reset on a create.
    await f.vms.admin.addFault({ effect: 'status', status: 502, method: 'GET', times: 2 });
    await expectFailure(alice.listApiTokens(), 'transient');
    await f.vms.admin.addFault({ effect: 'reset', method: 'POST', route: '/api/:version/apitokens/', times: 1 });
    await expectFailure(admin.createApiToken(), 'transient');
    // A cancelled call.
    await expectFailure(admin.listApiTokens({}, { signal: AbortSignal.abort() }), 'aborted');

    return { errors, log: logger.text() };
  }

  function knownSecrets(): string[] {
    const secrets = new Set(proxy.secrets());
    for (const user of ['admin', 'alice']) secrets.add(f.password(user));
    return [...secrets];
  }

  test('answered as the VMS answers: no secret in any error or log line', async () => {
    proxy.echo = false;
    const { errors, log } = await driveEverything();
    const secrets = knownSecrets();
    // JWT pairs from three logins and a refresh, API tokens with their halves, passwords, Basic credentials.
    expect(secrets.filter((s) => s.split('.').length === 3 && s.length > 60).length).toBeGreaterThanOrEqual(6);
    expect(secrets.filter((s) => /^[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}$/.test(s)).length).toBeGreaterThanOrEqual(3);
    expect(errors.length).toBeGreaterThanOrEqual(20);
    expect(log).toContain('GET /api/v5/apitokens/:id/ 404');
    for (const error of errors) for (const text of renderings(error)) for (const secret of secrets) expect(text).not.toContain(secret);
    for (const secret of secrets) expect(log).not.toContain(secret);
  });

  test('answered by a VMS that quotes credentials and bodies back: every one is redacted', async () => {
    proxy.echo = true;
    try {
      const { errors, log } = await driveEverything();
      const secrets = knownSecrets();
      // The echo reached the messages, and was hidden there.
      const echoed = errors.filter((e) => e.platformMessage?.includes('(request: Authorization:'));
      expect(echoed.length).toBeGreaterThanOrEqual(15);
      expect(echoed.every((e) => e.message.includes(REDACTED))).toBe(true);
      for (const error of errors) for (const text of renderings(error)) for (const secret of secrets) expect(text).not.toContain(secret);
      for (const secret of secrets) expect(log).not.toContain(secret);
    } finally {
      proxy.echo = false;
    }
  });
});
