// The ALS client against the emulator over real HTTP: discovery, login, and every service auth token
// endpoint with CC's status quirks (201 on create and update, 204 on delete, 202 for an async delete).
import { DEFAULT_SERVICE_PROVIDER, type AlsClient } from '../../../src/provider/als';
import { captureLogger } from '../../support/client';
import { alsClient, counts, secretValue, startAls, type Als } from './als-fixture';

describe('ALS client: endpoints', () => {
  let als: Als;
  let emulatorErrors: unknown[];
  let client: AlsClient;
  beforeAll(async () => {
    ({ als, emulatorErrors } = await startAls());
  });
  afterAll(() => als.stop());
  beforeEach(async () => {
    await als.admin.reset();
    client = alsClient(als);
  });
  afterEach(() => {
    client.close();
    expect(emulatorErrors).toEqual([]);
  });

  test('info discovers the Stackato login endpoint, once per client', async () => {
    const info = await client.info();
    expect(info).toMatchObject({ version: 2, authorization_endpoint: `${als.baseUrl}/uaa`, vendor_version: 'v3.6.2', stackato: { license_accepted: true } });
    await client.info();
    await client.listServiceAuthTokens();
    expect((await counts(als))['GET /v2/info']).toBe(1);
  });

  test('login uses the password grant and tells who the client is, without the token', async () => {
    const identity = await client.login();
    expect(identity).toMatchObject({ source: 'password', userName: 'admin', admin: true, tokenId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(identity.scopes).toContain('cloud_controller.admin');
    expect(identity.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect(client.identity).toEqual(identity);
    expect(JSON.stringify(identity)).not.toContain('eyJ');
    const log = await als.admin.requests();
    expect(log.counts).toEqual({ 'GET /v2/info': 1, 'POST /uaa/oauth/token': 1 });
  });

  test('the API endpoint may be given without a scheme only for https (as the CLI assumes)', () => {
    const bare = alsClient(als, { apiEndpoint: 'api.example.com/' });
    expect(bare.apiEndpoint).toBe('https://api.example.com');
    bare.close();
  });

  test('create answers the token (201), without its secret', async () => {
    const secret = secretValue();
    const token = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secret });
    expect(token).toEqual({
      guid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      label: 'mysql',
      provider: 'core',
      url: `/v2/service_auth_tokens/${token.guid}`,
      createdAt: expect.stringMatching(/\+00:00$/),
      updatedAt: null,
    });
    expect(JSON.stringify(token)).not.toContain(secret);
    expect(await als.admin.action('verify-service-auth-token', { guid: token.guid, token: secret })).toEqual({ matches: true });
  });

  test('CC strips whitespace around label and provider; the answer says what was stored', async () => {
    const token = await client.createServiceAuthToken({ label: ' mysql ', provider: 'core\t', token: secretValue() });
    expect(token).toMatchObject({ label: 'mysql', provider: 'core' });
  });

  test('get reads a token by guid', async () => {
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    expect(await client.getServiceAuthToken(created.guid)).toEqual(created);
  });

  test('list answers every token; find answers the one of (label, provider) with one call using q', async () => {
    for (const [label, provider] of [
      ['mysql', 'core'],
      ['mysql', 'hp'],
      ['redis', 'core'],
    ]) {
      await client.createServiceAuthToken({ label: label!, provider: provider!, token: secretValue() });
    }
    expect((await client.listServiceAuthTokens()).map((t) => `${t.label}-${t.provider}`)).toEqual(['mysql-core', 'mysql-hp', 'redis-core']);
    await als.admin.resetRequests();
    const found = await client.findServiceAuthToken('mysql', 'hp');
    expect(found).toMatchObject({ label: 'mysql', provider: 'hp' });
    const log = await als.admin.requests();
    expect(log.entries.map((e) => e.url)).toEqual(['/v2/service_auth_tokens?q=label%3Amysql%3Bprovider%3Ahp&results-per-page=100']);
    expect(await client.findServiceAuthToken('redis')).toMatchObject({ label: 'redis', provider: DEFAULT_SERVICE_PROVIDER });
    expect(await client.findServiceAuthToken('redis', 'hp')).toBeUndefined();
  });

  test('list filters: one value, several values (IN), and values q cannot carry', async () => {
    const pairs = [
      ['mysql', 'core'],
      ['redis', 'hp'],
      ['odd;label', 'core'],
      ['a,b', 'core'],
    ];
    for (const [label, provider] of pairs) await client.createServiceAuthToken({ label: label!, provider: provider!, token: secretValue() });
    const labels = async (filter: Parameters<AlsClient['listServiceAuthTokens']>[0]) => (await client.listServiceAuthTokens(filter)).map((t) => t.label);
    expect(await labels({ provider: 'hp' })).toEqual(['redis']);
    expect(await labels({ label: ['redis', 'mysql'] })).toEqual(['mysql', 'redis']);
    expect(await labels({ label: 'odd;label' })).toEqual(['odd;label']);
    expect(await labels({ label: 'a,b' })).toEqual(['a,b']);
    expect(await labels({ label: ['a,b', 'mysql'] })).toEqual(['mysql', 'a,b']);
    await als.admin.resetRequests();
    expect(await labels({ label: [] })).toEqual([]);
    expect((await als.admin.requests()).total).toBe(0);
  });

  test('update answers the token (201 on CC); a new secret takes effect, as the v1 gateway check proves', async () => {
    const first = secretValue();
    const second = secretValue();
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: first });
    const updated = await client.updateServiceAuthToken(created.guid, { token: second });
    expect(updated).toMatchObject({ guid: created.guid, label: 'mysql', provider: 'core', updatedAt: expect.stringMatching(/\+00:00$/) });
    const log = await als.admin.requests();
    expect(log.entries.at(-1)).toMatchObject({ route: 'PUT /v2/service_auth_tokens/:guid', outcome: { kind: 'answered', status: 201 } });
    const gateway = (secret: string) => fetch(`${als.baseUrl}/services/v1/offerings/mysql/core`, { headers: { 'X-VCAP-Service-Token': secret } }).then((r) => r.status);
    expect(await gateway(second)).toBe(200);
    expect(await gateway(first)).toBe(403);
  });

  test('update sends only what changed', async () => {
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    expect(await client.updateServiceAuthToken(created.guid, { provider: 'hp' })).toMatchObject({ label: 'mysql', provider: 'hp' });
  });

  test('delete answers nothing (204 on CC); the token is gone', async () => {
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    expect(await client.deleteServiceAuthToken(created.guid)).toBeUndefined();
    expect((await als.admin.requests()).entries.at(-1)?.outcome).toEqual({ kind: 'answered', status: 204 });
    expect(await client.listServiceAuthTokens()).toEqual([]);
  });

  test('an async delete answers CC\'s job (202), which then reads as finished', async () => {
    const created = await client.createServiceAuthToken({ label: 'mysql', provider: 'core', token: secretValue() });
    const job = await client.deleteServiceAuthToken(created.guid, { async: true });
    expect(job?.entity.status).toBe('queued');
    expect((await client.getJob(job!.metadata.guid)).entity.status).toBe('finished');
    expect(await client.findServiceAuthToken('mysql')).toBeUndefined();
  });

  test('X-Cf-Warnings is decoded, kept, and logged once', async () => {
    await als.admin.action('set-deprecation-warnings', { enabled: true });
    const logger = captureLogger();
    const warned = alsClient(als, { logger });
    await warned.listServiceAuthTokens();
    await warned.listServiceAuthTokens();
    expect(warned.warnings).toEqual(['Endpoint deprecated']);
    expect(logger.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(['ALS warns: Endpoint deprecated']);
    warned.close();
  });
});
