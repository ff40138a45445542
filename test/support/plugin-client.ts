// Plays Terraform's part against a plugin executable: starts it the way go-plugin does (environment,
// client certificate), reads the handshake line, and dials it over mutual TLS (or plaintext) to call RPCs.
import { credentials, Metadata, type ChannelCredentials, type Client, type ServiceError } from '@grpc/grpc-js';
import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { createSelfSignedCertificate, type SelfSignedCertificate } from '../../src/framework/tls/self-signed-certificate';
import { GRPCControllerClient } from '../../src/framework/protocol/generated/go_plugin';
import { HealthClient } from '../../src/framework/protocol/generated/health';
import * as tfplugin6 from '../../src/framework/protocol/generated/tfplugin6';
import { ProviderClient } from '../../src/framework/protocol/generated/tfplugin6';
import { MAGIC_COOKIE_VALUE } from '../../src/framework/serve/handshake';

export interface Handshake {
  core: string;
  protocol: string;
  network: string;
  address: string;
  transport: string;
  certificate: string;
}

export interface StartedPlugin {
  child: ChildProcess;
  handshake: Handshake;
  /** The client certificate given to the plugin in PLUGIN_CLIENT_CERT (absent for plaintext). */
  clientCertificate?: SelfSignedCertificate;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): void;
}

export function pluginEnvironment(clientCert?: SelfSignedCertificate, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_MIN_PORT: '10000',
    PLUGIN_MAX_PORT: '25000',
    ...(clientCert ? { PLUGIN_CLIENT_CERT: clientCert.certPem } : {}),
    ...extra,
  };
}

export function startPlugin(executable: string, options: { tls?: boolean; env?: NodeJS.ProcessEnv; args?: string[] } = {}): Promise<StartedPlugin> {
  const clientCertificate = options.tls === false ? undefined : createSelfSignedCertificate({ organization: 'HashiCorp' });
  const child = spawn(executable, options.args ?? [], { env: pluginEnvironment(clientCertificate, options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (d: Buffer) => {
      buffered += d.toString();
      const nl = buffered.indexOf('\n');
      if (nl < 0) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume(); // keep draining, as go-plugin does
      const [core = '', protocol = '', network = '', address = '', transport = '', certificate = ''] = buffered.slice(0, nl).split('|');
      resolve({ child, handshake: { core, protocol, network, address, transport, certificate }, clientCertificate, stderr: () => stderr, exited, kill: () => child.kill('SIGKILL') });
    };
    child.stdout!.on('data', onData);
    exited.then(({ code }) => reject(new Error(`plugin exited (${code}) before the handshake: ${stderr}`)));
  });
}

/** The server certificate from the handshake line, as PEM (Go reads it with RawStdEncoding). */
export function serverCertificatePem(handshake: Handshake): string {
  return new X509Certificate(Buffer.from(handshake.certificate, 'base64')).toString();
}

export type ClientIdentity = 'terraform' | 'none' | 'stranger';

export function channelCredentials(plugin: StartedPlugin, identity: ClientIdentity = 'terraform'): ChannelCredentials {
  if (!plugin.handshake.certificate) return credentials.createInsecure();
  const root = Buffer.from(serverCertificatePem(plugin.handshake));
  if (identity === 'none') return credentials.createSsl(root);
  const cert = identity === 'terraform' ? plugin.clientCertificate! : createSelfSignedCertificate({ organization: 'Someone Else' });
  return credentials.createSsl(root, Buffer.from(cert.keyPem), Buffer.from(cert.certPem));
}

const CHANNEL_OPTIONS = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost', 'grpc.max_receive_message_length': -1 };

export function target(handshake: Handshake): string {
  return handshake.network === 'unix' ? `unix://${handshake.address}` : handshake.address;
}

export function providerClient(plugin: StartedPlugin, identity: ClientIdentity = 'terraform'): ProviderClient {
  return new ProviderClient(target(plugin.handshake), channelCredentials(plugin, identity), CHANNEL_OPTIONS);
}

export function controllerClient(plugin: StartedPlugin) {
  return new GRPCControllerClient(target(plugin.handshake), channelCredentials(plugin), CHANNEL_OPTIONS);
}

export function healthClient(plugin: StartedPlugin) {
  return new HealthClient(target(plugin.handshake), channelCredentials(plugin), CHANNEL_OPTIONS);
}

/**
 * Promisifies a unary call of a generated client: `await call(client, 'getProviderSchema', {})`. Requests
 * may be partial: missing fields take their protobuf defaults, as on the wire.
 */
export function call<Req, Res>(client: Client, method: string, request: Req, timeoutMs = 10_000): Promise<Res> {
  return new Promise((resolve, reject) => {
    const fn = (client as unknown as Record<string, (r: Req, m: object, o: object, cb: (e: ServiceError | null, r: Res) => void) => void>)[method]!;
    const definition = (client.constructor as unknown as { service: Record<string, { path: string }> }).service[method]!;
    const full = completeRequest(definition.path, request);
    fn.call(client, full as Req, new Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

/** `/tfplugin6.Provider/PlanResourceChange` → `PlanResourceChange_Request.fromPartial(request)`. */
function completeRequest(path: string, request: unknown): unknown {
  const [, pkg, rpc] = /^\/([^/]+)\/(.+)$/.exec(path) ?? [];
  if (pkg !== 'tfplugin6.Provider') return request;
  const type = (tfplugin6 as unknown as Record<string, { fromPartial?: (x: unknown) => unknown }>)[`${rpc}_Request`];
  return type?.fromPartial ? type.fromPartial(request) : request;
}
