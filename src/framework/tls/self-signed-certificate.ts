// A fresh self-signed certificate per process, built for Go's TLS client as Terraform uses it:
// the host pins exactly this certificate as its only root and checks the name "localhost" against
// the DNS SANs, so the certificate is its own CA and carries the SAN. Keys and signatures come from
// node:crypto; asn1js does the DER.
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import * as asn1 from 'asn1js';

export interface SelfSignedCertificateOptions {
  /** Subject and issuer common name. */
  commonName?: string;
  organization?: string;
  dnsNames?: string[];
  ipAddresses?: string[];
  /** Validity in days from now; go-plugin uses 30 years. */
  validityDays?: number;
  /** The EC curve of the key; P-256 unless given (Terraform's own client certificate is P-521). */
  namedCurve?: 'prime256v1' | 'secp384r1' | 'secp521r1';
}

export interface SelfSignedCertificate {
  /** The certificate, DER. */
  der: Buffer;
  certPem: string;
  /** PKCS#8 PEM of the EC private key. */
  keyPem: string;
  privateKey: KeyObject;
}

const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  subjectAltName: '2.5.29.17',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

export function createSelfSignedCertificate(options: SelfSignedCertificateOptions = {}): SelfSignedCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: options.namedCurve ?? 'prime256v1' });
  const name = distinguishedName(options.commonName ?? 'localhost', options.organization ?? 'authtoken');
  const signatureAlgorithm = () => new asn1.Sequence({ value: [oid(OID.ecdsaWithSha256)] });
  // Whole seconds: RFC 5280 forbids fractional seconds and Go's parser rejects them.
  const now = Math.floor(Date.now() / 1000) * 1000;
  const notBefore = new Date(now - 30_000);
  const notAfter = new Date(now + (options.validityDays ?? 30 * 365) * 86_400_000);

  const tbs = new asn1.Sequence({
    value: [
      explicit(0, new asn1.Integer({ value: 2 })), // v3
      new asn1.Integer({ valueHex: positiveSerial() }),
      signatureAlgorithm(),
      name(),
      new asn1.Sequence({ value: [time(notBefore), time(notAfter)] }),
      name(),
      asn1.fromBER(publicKey.export({ type: 'spki', format: 'der' })).result,
      explicit(
        3,
        new asn1.Sequence({
          value: [
            extension(OID.subjectAltName, false, subjectAltNames(options.dnsNames ?? ['localhost'], options.ipAddresses ?? [])),
            // digitalSignature (bit 0) and keyCertSign (bit 5): a leaf that is also its own CA.
            extension(OID.keyUsage, true, new asn1.BitString({ valueHex: new Uint8Array([0x84]).buffer, unusedBits: 2 })),
            extension(OID.extKeyUsage, false, new asn1.Sequence({ value: [oid(OID.serverAuth), oid(OID.clientAuth)] })),
            extension(OID.basicConstraints, true, new asn1.Sequence({ value: [new asn1.Boolean({ value: true })] })),
          ],
        }),
      ),
    ],
  });
  const tbsDer = Buffer.from(tbs.toBER());
  const signature = sign('sha256', tbsDer, privateKey); // DER ECDSA-Sig-Value, as X.509 wants
  const certificate = new asn1.Sequence({
    value: [asn1.fromBER(tbsDer).result, signatureAlgorithm(), new asn1.BitString({ valueHex: toArrayBuffer(signature) })],
  });
  const der = Buffer.from(certificate.toBER());
  return {
    der,
    certPem: pem('CERTIFICATE', der),
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    privateKey,
  };
}

function oid(value: string): asn1.ObjectIdentifier {
  return new asn1.ObjectIdentifier({ value });
}

function explicit(tagNumber: number, inner: asn1.BaseBlock): asn1.Constructed {
  return new asn1.Constructed({ idBlock: { tagClass: 3, tagNumber }, value: [inner] });
}

function distinguishedName(commonName: string, organization: string): () => asn1.Sequence {
  const rdn = (type: string, value: string) =>
    new asn1.Set({ value: [new asn1.Sequence({ value: [oid(type), new asn1.Utf8String({ value })] })] });
  return () => new asn1.Sequence({ value: [rdn(OID.organization, organization), rdn(OID.commonName, commonName)] });
}

function time(date: Date): asn1.BaseBlock {
  // RFC 5280: UTCTime through 2049, GeneralizedTime from 2050.
  return date.getUTCFullYear() < 2050 ? new asn1.UTCTime({ valueDate: date }) : new asn1.GeneralizedTime({ valueDate: date });
}

function extension(id: string, critical: boolean, value: asn1.BaseBlock): asn1.Sequence {
  return new asn1.Sequence({
    value: [oid(id), ...(critical ? [new asn1.Boolean({ value: true })] : []), new asn1.OctetString({ valueHex: value.toBER() })],
  });
}

function subjectAltNames(dnsNames: string[], ipAddresses: string[]): asn1.Sequence {
  const implicit = (tagNumber: number, bytes: Buffer) =>
    new asn1.Primitive({ idBlock: { tagClass: 3, tagNumber }, valueHex: toArrayBuffer(bytes) });
  return new asn1.Sequence({
    value: [
      ...dnsNames.map((n) => implicit(2, Buffer.from(n, 'ascii'))), // dNSName
      ...ipAddresses.map((ip) => implicit(7, ipBytes(ip))), // iPAddress
    ],
  });
}

function ipBytes(ip: string): Buffer {
  if (ip.includes(':')) {
    const [head = '', tail = ''] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
    return Buffer.from(groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]));
  }
  return Buffer.from(ip.split('.').map(Number));
}

function positiveSerial(): ArrayBuffer {
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01; // positive, and never a redundant leading zero
  return toArrayBuffer(serial);
}

function toArrayBuffer(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

function pem(label: string, der: Buffer): string {
  const body = der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
