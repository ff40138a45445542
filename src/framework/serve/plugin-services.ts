// The go-plugin side services: Shutdown (answer, then exit), an idle stdio stream, and health.
import type { ServerWritableStream } from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import type { GRPCControllerServer, GRPCStdioServer, StdioData } from '../protocol/generated/go_plugin';
import { HealthCheckResponse_ServingStatus, type HealthServer } from '../protocol/generated/health';

export function controllerService(onShutdown: () => void): GRPCControllerServer {
  return {
    shutdown(_call, callback) {
      callback(null, {});
      // No wait here: the exit that follows closes the server gracefully (grpc-js's tryShutdown), which
      // lets this answer go out before the connection closes (Terraform waits 2 s before SIGKILL).
      onShutdown();
    },
  };
}

/** We write logs to stderr, not through this stream, so it stays open and silent until the host leaves. */
export function stdioService(open: Set<ServerWritableStream<unknown, StdioData>>): GRPCStdioServer {
  return {
    streamStdio(call) {
      open.add(call as ServerWritableStream<unknown, StdioData>);
      call.on('cancelled', () => {
        open.delete(call as ServerWritableStream<unknown, StdioData>);
        call.end();
      });
    },
  };
}

const SERVING_NAMES = new Set(['', 'plugin']);

export function healthService(): HealthServer {
  return {
    check(call, callback) {
      if (SERVING_NAMES.has(call.request.service)) callback(null, { status: HealthCheckResponse_ServingStatus.SERVING });
      else callback({ code: status.NOT_FOUND, details: `unknown service ${call.request.service}` });
    },
    watch(call) {
      const known = SERVING_NAMES.has(call.request.service);
      call.write({ status: known ? HealthCheckResponse_ServingStatus.SERVING : HealthCheckResponse_ServingStatus.SERVICE_UNKNOWN });
      call.on('cancelled', () => call.end());
    },
  };
}
