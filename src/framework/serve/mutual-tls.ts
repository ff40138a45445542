// go-plugin's AutoMTLS, done by the bootstrap on each accepted connection before the gRPC server sees
// it: our fresh certificate, and exactly one acceptable client, the certificate Terraform passed in
// PLUGIN_CLIENT_CERT. The client is pinned (its certificate must be byte for byte that one, and the TLS
// handshake proves it holds the key) instead of verified against a CA list: giving OpenSSL any CA makes
// Node build its whole store of ~140 public roots first, ~30 ms on every start for nothing.
import type { Socket } from 'node:net';
import { createServer, type TLSSocket } from 'node:tls';

export interface MutualTlsOptions {
  readonly certPem: string;
  readonly keyPem: string;
  /** DER of the only client certificate accepted. */
  readonly clientCertificate: Buffer;
}

/** Secures each accepted socket; `onSecure` gets only connections from the pinned client. */
export function mutualTls(options: MutualTlsOptions, onSecure: (socket: TLSSocket) => void, onRefused: (why: string) => void): (socket: Socket) => void {
  // A TLS server that never listens: it only runs the handshake on sockets handed to it. `ca: []` means
  // no trust anchors at all (see above), so no root store is built; chain verification then cannot
  // succeed, and the pin below is the check.
  const tls = createServer(
    { cert: options.certPem, key: options.keyPem, ca: [], requestCert: true, rejectUnauthorized: false, ALPNProtocols: ['h2'], minVersion: 'TLSv1.2' },
    (secured) => {
      const peer = secured.getPeerX509Certificate();
      if (peer === undefined || !peer.raw.equals(options.clientCertificate)) {
        onRefused(peer === undefined ? 'the client presented no certificate' : 'the client certificate is not the one Terraform announced');
        secured.destroy();
        return;
      }
      onSecure(secured);
    },
  );
  tls.on('tlsClientError', (error: Error) => onRefused(`TLS handshake failed: ${error.message}`));
  return (socket) => tls.emit('connection', socket);
}
