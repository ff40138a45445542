// The gRPC server, created after the handshake line is out. Connections are accepted by the bootstrap's
// own listener, secured there (mutual-tls.ts), and injected here as plaintext HTTP/2 streams, so
// Terraform never waits on grpc-js loading to learn where to dial or to do its TLS handshake.
import { Server, ServerCredentials, type ServerWritableStream } from '@grpc/grpc-js';
import type { Duplex } from 'node:stream';
import type { Logger } from '../logging/logger';
import { GRPCControllerService, GRPCStdioService, type StdioData } from '../protocol/generated/go_plugin';
import { HealthService } from '../protocol/generated/health';
import { ProviderService } from '../protocol/generated/tfplugin6';
import type { AnyProvider } from '../provider';
import { ProviderServer } from '../server/provider-server';
import { controllerService, healthService, stdioService } from './plugin-services';
import { providerService } from './provider-service';

export interface GrpcServeOptions {
  readonly log: Logger;
  /** Called when Terraform sends GRPCController/Shutdown. */
  readonly onShutdown: () => void;
}

export interface GrpcHandle {
  injectConnection(socket: Duplex): void;
  /** Closes every session and stream; resolves when the server is down. */
  shutdown(): Promise<void>;
}

/** Of the 2 s Terraform waits after Shutdown before it kills the plugin. */
const CLOSE_BUDGET_MS = 1200;

/** Terraform's own client accepts messages up to 2 GiB; never be the side that refuses one. */
const MAX_MESSAGE = 2 ** 31 - 1;

const SERVER_OPTIONS = {
  'grpc.max_receive_message_length': MAX_MESSAGE,
  'grpc.max_send_message_length': MAX_MESSAGE,
  // Channelz keeps per-call counters and traces for an admin service nobody can reach here; off, a
  // 1000-token plan takes ~5% less provider CPU (2.73 against 2.87 s, medians of 8 plans).
  'grpc.enable_channelz': 0,
};

export function startGrpcServer(provider: AnyProvider, options: GrpcServeOptions): GrpcHandle {
  const providerServer = new ProviderServer(provider, options.log);
  const server = new Server(SERVER_OPTIONS);
  const stdioStreams = new Set<ServerWritableStream<unknown, StdioData>>();
  server.addService(ProviderService, providerService(providerServer));
  // Terraform sends Shutdown once it has recorded every result; the provider's close gets most of the 2 s
  // Terraform waits before it kills the process.
  server.addService(
    GRPCControllerService,
    controllerService(() => void providerServer.close(CLOSE_BUDGET_MS).finally(options.onShutdown)),
  );
  server.addService(GRPCStdioService, stdioService(stdioStreams));
  server.addService(HealthService, healthService());
  // TLS, when Terraform asks for it, is already done on what arrives here.
  const injector = server.createConnectionInjector(ServerCredentials.createInsecure());
  return {
    injectConnection: (socket) => injector.injectConnection(socket),
    shutdown: () =>
      new Promise<void>((resolve) => {
        for (const call of stdioStreams) call.end();
        // tryShutdown first: it waits for each session to close, so answers already given (Shutdown's own)
        // go out before the exit. drain after it only cuts what is still open 500 ms later; called first,
        // it would mark the sessions closed and tryShutdown would resolve at once, before the answer left.
        server.tryShutdown(() => resolve());
        injector.drain(500);
      }),
  };
}
