// ALS over HTTPS with a self-signed certificate: the CA bundle (or the insecure flag) reaches both CC and
// the UAA endpoint discovered through /v2/info.
import { createEmulatorTls, startEmulator, type RunningEmulator } from '../../../src/emulators';
import { alsEmulator } from '../../../src/emulators/als/als-emulator';
import type { AlsState } from '../../../src/emulators/als/als-state';
import { alsClient, failure } from './als-fixture';

describe('ALS client over TLS', () => {
  const tls = createEmulatorTls();
  let als: RunningEmulator<AlsState>;
  beforeAll(async () => {
    als = await startEmulator(alsEmulator, { tls });
  });
  afterAll(() => als.stop());
  beforeEach(() => als.admin.reset());

  test('with the platform\'s CA bundle: discovery, login at UAA, and calls to CC', async () => {
    const client = alsClient(als, { tls: { caBundle: tls.caPem } });
    expect(als.baseUrl).toMatch(/^https:/);
    expect(await client.listServiceAuthTokens()).toEqual([]);
    expect(await als.admin.count('POST /uaa/oauth/token')).toBe(1);
    client.close();
  });

  test('with the explicit insecure flag', async () => {
    const client = alsClient(als, { tls: { insecure: true } });
    expect((await client.login()).userName).toBe('admin');
    client.close();
  });

  test('without either, the certificate is refused once, as a tls error, before anything is sent', async () => {
    const client = alsClient(als);
    const error = await failure(client.listServiceAuthTokens());
    expect(error).toMatchObject({ operation: 'get info', kind: 'tls', attempts: 1, retryable: false });
    expect((await als.admin.requests()).total).toBe(0);
    client.close();
  });
});
