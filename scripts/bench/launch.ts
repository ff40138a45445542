// One provider launch as Terraform drives it (go-plugin): exec with the magic cookie and a client
// certificate (P-521, as Terraform makes it), read the handshake line, dial over mutual TLS, open the
// stdio and broker streams, call GetProviderSchema, then Close: Shutdown, close the connection, wait
// for the exit. Next to it, `node -e 0` with the very same environment.
import { credentials, makeGenericClientConstructor, Metadata, type Client, type ClientReadableStream } from '@grpc/grpc-js';
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { MAGIC_COOKIE_VALUE } from '../../src/framework/serve/handshake';
import { createSelfSignedCertificate } from '../../src/framework/tls/self-signed-certificate';

export interface LaunchRun {
  /** exec → the handshake line read. */
  readonly handshakeMs: number;
  /** exec → GetProviderSchema answered. */
  readonly firstRpcMs: number;
  /** exec → RPCs → Shutdown → connection closed → process exited. */
  readonly launchMs: number;
  /** Peak RSS of the plugin when its first answer arrived. */
  readonly rssKiB: number;
}

const clientCert = createSelfSignedCertificate({ organization: 'HashiCorp', namedCurve: 'secp521r1' });

/** What the plugin and `node -e 0` both get: what Terraform adds to a minimal environment. */
export const launchEnvironment: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
  PLUGIN_PROTOCOL_VERSIONS: '5,6',
  PLUGIN_MIN_PORT: '10000',
  PLUGIN_MAX_PORT: '25000',
  PLUGIN_CLIENT_CERT: clientCert.certPem,
};

const raw = (path: string, responseStream = false) => ({
  path,
  requestStream: false,
  responseStream,
  requestSerialize: (b: Buffer) => b,
  requestDeserialize: (b: Buffer) => b,
  responseSerialize: (b: Buffer) => b,
  responseDeserialize: (b: Buffer) => b,
});

// A raw client: the bench times the plugin, so the client neither encodes nor decodes messages.
const GoPluginClient = makeGenericClientConstructor(
  {
    getProviderSchema: raw('/tfplugin6.Provider/GetProviderSchema'),
    shutdown: raw('/plugin.GRPCController/Shutdown'),
    streamStdio: raw('/plugin.GRPCStdio/StreamStdio', true),
  },
  'bench',
);
type Unary = (r: Buffer, m: Metadata, cb: (e: Error | null) => void) => void;
type GoPlugin = Client & { getProviderSchema: Unary; shutdown: Unary; streamStdio: (r: Buffer) => ClientReadableStream<Buffer> };

export function nodeBaseline(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { env: launchEnvironment, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - t0));
  });
}

export function pluginLaunch(executable: string): Promise<LaunchRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(executable, [], { env: launchEnvironment, stdio: ['ignore', 'pipe', 'inherit'] });
    const times: { handshakeMs?: number; firstRpcMs?: number; rssKiB?: number } = {};
    child.on('error', reject);
    child.on('exit', (code) => {
      const launchMs = performance.now() - t0;
      if (code !== 0 || times.firstRpcMs === undefined) return reject(new Error(`the plugin exited ${code} before answering`));
      resolve({ handshakeMs: times.handshakeMs!, firstRpcMs: times.firstRpcMs, launchMs, rssKiB: times.rssKiB! });
    });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (!out.includes('\n')) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      times.handshakeMs = performance.now() - t0;
      const [, , , address, , cert] = out.trim().split('|');
      const serverPem = new X509Certificate(Buffer.from(cert!, 'base64')).toString();
      const client = new GoPluginClient(
        `unix://${address}`,
        credentials.createSsl(Buffer.from(serverPem), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem)),
        { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' },
      ) as unknown as GoPlugin;
      const stdio = client.streamStdio(Buffer.alloc(0));
      stdio.on('error', () => undefined);
      client.getProviderSchema(Buffer.alloc(0), new Metadata(), (err) => {
        if (err) return reject(err);
        times.firstRpcMs = performance.now() - t0;
        times.rssKiB = peakRssKiB(child.pid!);
        client.shutdown(Buffer.alloc(0), new Metadata(), () => client.close());
      });
    };
    child.stdout!.on('data', onData);
  });
}

export function peakRssKiB(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}
