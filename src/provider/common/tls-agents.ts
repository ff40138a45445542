// Connection agents for a platform: keep-alive, and for HTTPS either a custom CA bundle (trusted in
// addition to the system roots) or, when explicitly asked, no certificate verification at all.
import { X509Certificate } from 'node:crypto';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { rootCertificates } from 'node:tls';

export interface TlsOptions {
  /** PEM text of one or more CA certificates (the content, not a path). */
  readonly caBundle?: string;
  /** Accept any certificate. Only for self-signed test platforms; never the default. */
  readonly insecure?: boolean;
}

export interface AgentPair {
  readonly httpAgent: HttpAgent;
  readonly httpsAgent: HttpsAgent;
}

export interface Agents {
  /** Keep-alive connections, for calls that may be repeated. */
  readonly reused: AgentPair;
  /**
   * A new connection per call, for calls that must not be repeated: a kept-alive socket can be closed by
   * the server just as a request goes out, and that reset would leave a create's outcome unknown.
   */
  readonly fresh: AgentPair;
  destroy(): void;
}

export function createAgents(tls: TlsOptions = {}): Agents {
  const ca = tls.caBundle === undefined ? undefined : [...rootCertificates, ...parseCaBundle(tls.caBundle)];
  const pair = (keepAlive: boolean): AgentPair => ({
    httpAgent: new HttpAgent({ keepAlive }),
    httpsAgent: new HttpsAgent({ keepAlive, rejectUnauthorized: tls.insecure !== true, ...(ca === undefined ? {} : { ca }) }),
  });
  const reused = pair(true);
  const fresh = pair(false);
  return {
    reused,
    fresh,
    destroy() {
      for (const agents of [reused, fresh]) {
        agents.httpAgent.destroy();
        agents.httpsAgent.destroy();
      }
    },
  };
}

/** The certificates of a PEM bundle; throws a clear error for a bundle that has none or a broken one. */
export function parseCaBundle(pem: string): string[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error('the CA bundle contains no PEM certificate (-----BEGIN CERTIFICATE-----)');
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch (error) {
      throw new Error(`certificate ${index + 1} of the CA bundle cannot be read: ${(error as Error).message}`);
    }
  }
  return blocks.map((b) => `${b}\n`);
}
