// HTTPS material for the emulators: one self-signed certificate for `localhost` and `127.0.0.1`, which is
// its own CA. Clients prove "custom CA bundle" by trusting `caPem`, and "insecure" by trusting nothing.
import { createSelfSignedCertificate } from '../../framework/tls/self-signed-certificate';

export interface EmulatorTls {
  readonly certPem: string;
  readonly keyPem: string;
  /** What a client must trust to verify the emulators; the same PEM as the certificate. */
  readonly caPem: string;
}

export function createEmulatorTls(): EmulatorTls {
  const certificate = createSelfSignedCertificate({
    commonName: 'localhost',
    organization: 'authtoken emulators',
    dnsNames: ['localhost'],
    ipAddresses: ['127.0.0.1'],
    validityDays: 30,
  });
  return { certPem: certificate.certPem, keyPem: certificate.keyPem, caPem: certificate.certPem };
}
