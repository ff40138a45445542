// No secret leaves the ALS client: every emulator answer (successes and each error) is driven through the
// client with known secret values — passwords, bearer and refresh tokens, service auth token values, a
// token file — and no error message, stack, inspect or JSON rendering of an error, nor any log line,
// holds one, in any of the encodings it travelled in. Bearer tokens the client learned by itself
// (renewals) are JWTs the test never sees, so any JWT fragment counts as a leak as well.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { AlsClient, type AlsClientOptions } from '../../../src/provider/als';
import { PlatformError, REDACTED, Redactor } from '../../../src/provider/common';
import { login, loginAdmin } from '../../emulators/als/als-http';
import { captureLogger } from '../../support/client';
import { addDeveloper, secretValue, startAls, type Als } from './als-fixture';

/** A JWT's header always starts like this (base64url of `{"`). */
const JWT_FRAGMENT = 'eyJ';

function renderings(error: unknown): string[] {
  const e = error as Error;
  return [String(e), e.message, e.stack ?? '', inspect(e, { showHidden: true, depth: null }), JSON.stringify(e)];
}

function encodings(secret: string): string[] {
  return [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64')];
}

describe('ALS client: secrets never leak', () => {
  let als: Als;
  let dir: string;
  const secrets: string[] = [];
  const texts: string[] = [];
  const logger = captureLogger();
  const forwarded: string[] = [];
  const redactor = new Redactor({ onRegister: (s) => forwarded.push(s) });
  const clients: AlsClient[] = [];

  const known = (secret: string) => {
    secrets.push(secret);
    return secret;
  };
  const client = (options: Partial<AlsClientOptions>) => {
    const admin = als.context.users.admin;
    const made = new AlsClient({
      apiEndpoint: als.baseUrl,
      credentials: { username: admin.username, password: admin.password },
      redactor,
      logger,
      ...options,
      retry: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 2 },
    });
    clients.push(made);
    return made;
  };
  /** Runs a call; an error is kept (all its renderings) for the final check. */
  const attempt = async (call: () => Promise<unknown>, expectFailure: boolean) => {
    const outcome = await call().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (outcome.ok) {
      texts.push(JSON.stringify(outcome.value ?? null));
      expect(expectFailure).toBe(false);
    } else {
      expect(outcome.error).toBeInstanceOf(PlatformError);
      texts.push(...renderings(outcome.error));
      expect(expectFailure).toBe(true);
    }
  };

  beforeAll(async () => {
    ({ als } = await startAls());
    dir = mkdtempSync(join(tmpdir(), 'authtoken-als-secrets-'));
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    rmSync(dir, { recursive: true, force: true });
    await als.stop();
  });

  test('every answer, success or error, goes through the client without a secret in errors or logs', async () => {
    known(als.context.users.admin.password);
    const dev = await addDeveloper(als);
    known(dev.password);
    const admin = client({});

    // Successes: discovery, login, create, list, find, get, update (rotation), delete, async delete, job.
    const first = known(secretValue());
    const second = known(secretValue());
    await attempt(() => admin.info(), false);
    await attempt(() => admin.login(), false);
    let guid = '';
    await attempt(async () => (guid = (await admin.createServiceAuthToken({ label: 'mysql', provider: 'core', token: first })).guid), false);
    await attempt(() => admin.listServiceAuthTokens(), false);
    await attempt(() => admin.findServiceAuthToken('mysql', 'core'), false);
    await attempt(() => admin.getServiceAuthToken(guid), false);
    await attempt(() => admin.updateServiceAuthToken(guid, { token: second }), false);
    const other = (await admin.createServiceAuthToken({ label: 'redis', provider: 'core', token: known(secretValue()) })).guid;
    await attempt(async () => admin.getJob((await admin.deleteServiceAuthToken(other, { async: true }))!.metadata.guid), false);

    // CC errors: 50002, 50001, 1001, 10005, 404 50003, 10000, 401, 403 (non-admin and no user).
    await attempt(() => admin.createServiceAuthToken({ label: 'mysql', provider: 'core', token: known(secretValue()) }), true);
    await attempt(() => admin.createServiceAuthToken({ label: 'blank', provider: ' ', token: known(secretValue()) }), true);
    await attempt(() => admin.createServiceAuthToken({ label: 'x', token: known(secretValue()) } as never), true);
    await attempt(() => client({ resultsPerPage: 500 }).listServiceAuthTokens(), true);
    await attempt(() => admin.updateServiceAuthToken('0b6a2d3e-0000-4000-8000-000000000000', { token: known(secretValue()) }), true);
    const devClient = client({ credentials: dev });
    await attempt(() => devClient.listServiceAuthTokens(), false);
    await attempt(() => devClient.createServiceAuthToken({ label: 'dev', provider: 'core', token: known(secretValue()) }), true);
    await attempt(() => devClient.updateServiceAuthToken(guid, { token: known(secretValue()) }), true);
    await attempt(() => devClient.deleteServiceAuthToken(guid), true);
    await als.admin.removeUser(dev.username);
    await attempt(() => devClient.getServiceAuthToken(guid), true);

    // Bearer tokens given as is; a bogus refresh token that UAA quotes back in its 401 body.
    const grant = await loginAdmin(als);
    known(grant.access_token);
    known(grant.refresh_token);
    const given = client({ credentials: { accessToken: `bearer ${grant.access_token}`, refreshToken: known(secretValue('refresh')) } });
    await attempt(() => given.listServiceAuthTokens(), false);
    await als.admin.action('expire-access-tokens', {});
    await attempt(() => given.listServiceAuthTokens(), true);
    const renewed = client({ credentials: { accessToken: grant.access_token, refreshToken: grant.refresh_token } });
    await attempt(() => renewed.listServiceAuthTokens(), false);

    // UAA errors: bad credentials; a revoked refresh token followed by a password login.
    await attempt(() => client({ credentials: { username: 'admin', password: known(secretValue('pw')) } }).login(), true);
    await als.admin.action('revoke-tokens', {});
    await attempt(() => admin.listServiceAuthTokens(), false);

    // The CLI token file, good and broken (a broken file must not be quoted).
    const fileGrant = await login(als, 'admin', als.context.users.admin.password);
    known(fileGrant.access_token);
    known(fileGrant.refresh_token);
    const file = join(dir, 'token');
    writeFileSync(file, JSON.stringify({ [als.baseUrl]: `bearer ${fileGrant.access_token}` }));
    writeFileSync(`${file}2`, JSON.stringify({ [als.baseUrl]: { refresh: fileGrant.refresh_token } }));
    await attempt(() => client({ credentials: { tokenFile: file } }).listServiceAuthTokens(), false);
    const broken = join(dir, 'broken');
    writeFileSync(broken, `{"${als.baseUrl}": "bearer ${fileGrant.access_token}`);
    await attempt(() => client({ credentials: { tokenFile: broken } }).listServiceAuthTokens(), true);

    // Transient failures (retried and logged), resets, an abort, and the endpoint removed.
    await als.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, route: '/v2/service_auth_tokens/:guid' });
    await attempt(() => admin.getServiceAuthToken(guid), true);
    await als.admin.clearFaults();
    await als.admin.addFault({ effect: 'reset', method: 'POST', route: '/v2/service_auth_tokens', times: 1 });
    await attempt(() => admin.createServiceAuthToken({ label: 'reset', provider: 'core', token: known(secretValue()) }), true);
    await attempt(() => admin.createServiceAuthToken({ label: 'aborted', provider: 'core', token: known(secretValue()) }, { signal: AbortSignal.abort() }), true);
    await als.admin.action('set-endpoint-removed', { removed: true });
    await attempt(() => admin.getServiceAuthToken(guid), true);

    // The check itself: every text a user could see.
    const everything = [...texts, logger.text()];
    expect(logger.lines.length).toBeGreaterThan(20);
    expect(everything.join('\n')).toContain(REDACTED); // the check sees redacted text, so it is looking at the right things
    for (const text of everything) {
      for (const secret of secrets) for (const form of encodings(secret)) expect(text).not.toContain(form);
      expect(text).not.toContain(JWT_FRAGMENT);
    }
    // Whatever the client learned was handed on, e.g. to the framework's registry.
    for (const secret of [grant.access_token, fileGrant.access_token, first, second]) expect(forwarded).toContain(secret);
  });
});
