// TLS towards a platform with a self-signed certificate: trusted through a CA bundle, refused without
// one (and not retried), accepted with the explicit insecure flag.
import { createEmulatorTls, startEmulator, type RunningEmulator } from '../../../src/emulators';
import { PlatformError, parseCaBundle } from '../../../src/provider/common';
import { testPlatform, type WidgetState } from '../../support/test-platform';
import { widgetClient } from '../../support/client';

describe('TLS to the platform', () => {
  const tls = createEmulatorTls();
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform(), { tls });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  const list = { operation: 'list widgets', method: 'GET', path: '/widgets' } as const;

  test('the platform\'s CA bundle makes its certificate trusted', async () => {
    const client = widgetClient(emulator.baseUrl, { tls: { caBundle: tls.caPem } });
    expect((await client.request(list)).status).toBe(200);
    client.close();
  });

  test('without the CA bundle the certificate is refused, as a tls error that is not retried', async () => {
    const error = await widgetClient(emulator.baseUrl).request(list).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: 'tls', networkCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', attempts: 1, retryable: false });
    expect((error as Error).message).toBe(
      "VMS list widgets: the platform's TLS certificate is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT); give its CA bundle, or allow insecure connections",
    );
    expect(await emulator.admin.count('GET /widgets')).toBe(0);
  });

  test('another CA\'s bundle does not make it trusted', async () => {
    const error = await widgetClient(emulator.baseUrl, { tls: { caBundle: createEmulatorTls().caPem } }).request(list).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'tls' });
  });

  test('the explicit insecure flag accepts the self-signed certificate', async () => {
    expect((await widgetClient(emulator.baseUrl, { tls: { insecure: true } }).request(list)).status).toBe(200);
  });

  test('a CA bundle without a certificate is refused when the client is made', () => {
    expect(() => widgetClient(emulator.baseUrl, { tls: { caBundle: '/etc/ssl/ca.pem' } })).toThrow('the CA bundle contains no PEM certificate');
    const broken = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n';
    expect(() => parseCaBundle(broken)).toThrow('certificate 1 of the CA bundle cannot be read');
  });

  test('a bundle of several certificates keeps them all', () => {
    expect(parseCaBundle(`${tls.caPem}${createEmulatorTls().caPem}`)).toHaveLength(2);
  });
});
