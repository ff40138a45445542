// A pass-through HTTP proxy that drops the Authorization header of requests, as a misconfigured proxy or
// load balancer in front of a platform does, so a client meets the platform's "no credentials" answer
// over real HTTP while it believes it sent them.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AuthorizationDroppingProxy {
  readonly url: string;
  /** Drops the header of the next `count` requests whose path starts with `pathPrefix`; Infinity for all. Resets `dropped`. */
  drop(count: number, pathPrefix?: string): void;
  /** How many requests had their header dropped since the last `drop`. */
  readonly dropped: number;
  stop(): Promise<void>;
}

export async function startAuthorizationDroppingProxy(target: string): Promise<AuthorizationDroppingProxy> {
  let remaining = 0;
  let prefix = '/';
  let dropped = 0;
  const server = createServer((incoming, outgoing) => {
    const headers = { ...incoming.headers };
    if (remaining > 0 && (incoming.url ?? '/').startsWith(prefix) && headers.authorization !== undefined) {
      delete headers.authorization;
      remaining -= 1;
      dropped += 1;
    }
    const forward = httpRequest(`${target}${incoming.url}`, { method: incoming.method, headers, agent: false }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    forward.on('error', () => incoming.socket.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    drop(count, pathPrefix = '/') {
      remaining = count;
      prefix = pathPrefix;
      dropped = 0;
    },
    get dropped() {
      return dropped;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
