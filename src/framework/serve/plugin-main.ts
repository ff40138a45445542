// The plugin process, from exec to serving. This file and what it imports are all that load before the
// handshake line: node built-ins, the certificate maker and the logger. grpc-js and the provider come after,
// while Terraform dials and the TLS handshake (done here, see mutual-tls.ts) is under way.
import { X509Certificate } from 'node:crypto';
import type { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import type { Duplex } from 'node:stream';
import { createLogger, levelFromEnvironment } from '../logging/logger';
import { redact } from '../redaction';
import { createSelfSignedCertificate } from '../tls/self-signed-certificate';
import type { GrpcHandle, GrpcServeOptions } from './grpc-server';
import { handshakeLine, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, negotiateProtocol, NOT_A_PLUGIN_MESSAGE, reattachInstructions } from './handshake';
import { listen, type Listener } from './listener';
import { loadBundle, siblingBundleName } from './load-bundle';
import { mutualTls } from './mutual-tls';
import { useServingHeap } from './serving-heap';

/** What the lazily loaded server bundle exports. */
export interface PluginServerModule {
  startServer(options: GrpcServeOptions): GrpcHandle;
}

export interface PluginOptions {
  /** The provider type name, e.g. `authtoken`. */
  readonly name: string;
  /** The source address used in debug mode's reattach instructions. */
  readonly sourceAddress: string;
  /** The server bundle's path; loaded once, right after the handshake line is written. */
  readonly serverBundle: string;
  readonly argv?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

export function runPlugin(options: PluginOptions): void {
  const env = options.env ?? process.env;
  const argv = options.argv ?? process.argv.slice(2);
  if (argv[0] === '--build-code-cache') return buildCodeCache(options.serverBundle, argv.slice(1));
  const debug = argv.includes('--debug');
  const log = createLogger({ module: `provider.${options.name}`, level: levelFromEnvironment(env, options.name) });

  if (!debug && env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) fail(NOT_A_PLUGIN_MESSAGE);
  if (!debug && negotiateProtocol(env.PLUGIN_PROTOCOL_VERSIONS) === undefined) {
    fail(`This provider speaks plugin protocol 6 only, but the host offered ${env.PLUGIN_PROTOCOL_VERSIONS}. Use Terraform 1.0 or later.\n`);
  }
  installCrashReporting();

  // AutoMTLS whenever the host sends its certificate; reattach (debug) connections are always plaintext.
  const clientCertPem = debug ? undefined : env.PLUGIN_CLIENT_CERT;
  let clientCertificate: Buffer | undefined;
  if (clientCertPem !== undefined) {
    try {
      clientCertificate = new X509Certificate(clientCertPem).raw;
    } catch {
      fail('PLUGIN_CLIENT_CERT is not a PEM certificate; cannot serve mutual TLS.\n');
    }
  }
  const certificate = clientCertificate !== undefined ? createSelfSignedCertificate() : undefined;

  let handle: GrpcHandle | undefined;
  let listener: Listener | undefined;
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    // Terraform waits for this process to exit before it goes on; never past its 2 s grace period.
    setTimeout(() => process.exit(code), 1500).unref();
    // Down as soon as the connections are: Terraform closes its own right after Shutdown's answer.
    void (handle?.shutdown() ?? Promise.resolve()).finally(() => {
      listener?.close();
      process.exit(code);
    });
  };

  // Signals before anything else: the host may act the instant it reads our line (stdout to a pipe is
  // synchronous), and a Ctrl-C during start-up must not kill us either.
  if (debug) {
    process.on('SIGINT', () => stop(0));
  } else {
    // Terraform handles Ctrl-C itself and sends StopProvider; dying here would abort in-flight calls.
    process.on('SIGINT', () => log.debug('Ignoring SIGINT; Terraform will send StopProvider'));
    watchParent(() => {
      log.warn('Terraform exited without shutting the provider down; exiting');
      stop(0);
    });
  }
  process.on('SIGTERM', () => stop(0));

  // Connections ready for gRPC (TLS done, client verified), held until the server exists.
  const ready: Duplex[] = [];
  let serve: ((connection: Duplex) => void) | undefined;
  const accept = (connection: Duplex) => (serve ? serve(connection) : ready.push(connection));
  const secure =
    certificate && clientCertificate
      ? mutualTls({ certPem: certificate.certPem, keyPem: certificate.keyPem, clientCertificate }, accept, (why) => log.warn('Refused a connection', { reason: why }))
      : undefined;

  listen(env).then(
    (bound) => {
      listener = bound;
      // TLS starts on accept, so the handshake overlaps the loading of the server below.
      bound.attach((socket: Socket) => (secure ? secure(socket) : accept(socket)));
      if (debug) process.stdout.write(reattachInstructions(options.sourceAddress, bound.network, bound.address, process.pid));
      else process.stdout.write(handshakeLine(bound.network, bound.address, certificate?.der));

      setImmediate(() => {
        const server = loadBundle<PluginServerModule>(options.serverBundle).exports;
        handle = server.startServer({
          log,
          onShutdown: () => {
            log.trace('Shutdown requested by Terraform');
            stop(0);
          },
        });
        serve = (connection) => {
          handle!.injectConnection(connection);
          // Accepted paused so nothing is read before a consumer exists; plaintext HTTP/2 does not resume it.
          connection.resume();
        };
        for (const connection of ready.splice(0)) serve(connection);
        useServingHeap();
      });
    },
    (err: unknown) => fail(`panic: could not listen for Terraform: ${err instanceof Error ? err.message : String(err)}\n`),
  );

  function watchParent(onOrphaned: () => void): void {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) onOrphaned();
    }, 1000).unref();
  }

  function installCrashReporting(): void {
    // Terraform prints stderr lines starting with "panic: " under "The plugin crashed!".
    process.on('uncaughtException', (err: unknown) => {
      const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
      process.stderr.write(`panic: ${redact(text)}\n`);
      process.exit(2);
    });
    // A forgotten promise somewhere in provider code is a bug to log, not a reason to abort every call
    // in flight (a create that already succeeded would lose its answer).
    process.on('unhandledRejection', (err: unknown) => {
      log.error('Unhandled promise rejection in the provider', { error: err instanceof Error ? err.message : String(err) });
    });
  }

  function fail(message: string): never {
    process.stderr.write(message);
    process.exit(1);
  }
}

/**
 * Build time only (`--build-code-cache [package…]`): loads the server bundle, starts a server so the
 * start-up path is compiled, and writes the V8 code cache shipped beside the bundle; the same for the
 * bundles of packages the server loads lazily.
 */
function buildCodeCache(serverBundle: string, lazyPackages: readonly string[]): void {
  const bundle = loadBundle<PluginServerModule>(serverBundle);
  const log = createLogger({ module: 'build', level: 'off' });
  const handle = bundle.exports.startServer({ log, onShutdown: () => {} });
  bundle.writeCache();
  for (const name of lazyPackages) loadBundle(join(dirname(serverBundle), siblingBundleName(name))).writeCache();
  void handle.shutdown().then(() => process.exit(0));
}
