import { X509Certificate, createPrivateKey } from 'node:crypto';
import { createSelfSignedCertificate } from '../../../src/framework/tls/self-signed-certificate';

describe('the certificate the plugin makes on every start', () => {
  test('is its own CA for localhost, signed by the key it comes with, for server and client use', () => {
    const c = createSelfSignedCertificate();
    const x = new X509Certificate(c.der);
    expect(x.raw.equals(c.der)).toBe(true);
    expect(new X509Certificate(c.certPem).raw.equals(c.der)).toBe(true);
    expect(x.ca).toBe(true);
    expect(x.checkHost('localhost')).toBe('localhost');
    expect(x.subject).toBe('O=authtoken\nCN=localhost');
    expect(x.issuer).toBe(x.subject);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.checkPrivateKey(createPrivateKey(c.keyPem))).toBe(true);
    expect(x.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    expect(x.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  test('is valid from 30 s ago, in whole seconds, for 30 years by default (GeneralizedTime past 2049)', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const x = new X509Certificate(createSelfSignedCertificate().der);
    const from = Date.parse(x.validFrom);
    expect(from % 1000).toBe(0);
    expect(from).toBeGreaterThanOrEqual(before - 31_000);
    expect(from).toBeLessThanOrEqual(Date.now() - 29_000);
    expect(Date.parse(x.validTo) - from).toBe(30 * 365 * 86_400_000 + 30_000);
  });

  test('carries the names and addresses asked for', () => {
    const x = new X509Certificate(createSelfSignedCertificate({ commonName: 'emulator', organization: 'test', dnsNames: ['localhost', 'a.example'], ipAddresses: ['127.0.0.1', '::1'] }).der);
    expect(x.subject).toBe('O=test\nCN=emulator');
    expect(x.subjectAltName).toBe('DNS:localhost, DNS:a.example, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(x.checkIP('::1')).toBe('::1');
  });

  test('two starts never share a key or a serial number', () => {
    const [a, b] = [createSelfSignedCertificate(), createSelfSignedCertificate()].map((c) => new X509Certificate(c.der));
    expect(a!.serialNumber).not.toBe(b!.serialNumber);
    expect(a!.publicKey.export({ type: 'spki', format: 'der' }).equals(b!.publicKey.export({ type: 'spki', format: 'der' }))).toBe(false);
  });
});
