// The socket Terraform dials: a Unix socket in a fresh private directory (TCP on loopback on Windows, as
// go-plugin does). Connections are queued until the gRPC server is ready to take them.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Listener {
  readonly network: 'unix' | 'tcp';
  readonly address: string;
  /** From now on, hand every connection (queued ones first) to this sink. */
  attach(sink: (socket: Socket) => void): void;
  close(): void;
}

export function listen(env: NodeJS.ProcessEnv): Promise<Listener> {
  const queued: Socket[] = [];
  let sink: ((socket: Socket) => void) | undefined;
  const server: Server = createServer({ pauseOnConnect: true }, (socket) => (sink ? sink(socket) : queued.push(socket)));
  const attach = (s: (socket: Socket) => void) => {
    sink = s;
    for (const socket of queued.splice(0)) s(socket);
  };
  if (process.platform === 'win32') return listenTcp(server, env, attach);

  const dir = mkdtempSync(join(env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), 'tfp-'));
  const address = join(dir, 'plugin.sock');
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.on('exit', cleanup);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(address, () =>
      resolve({
        network: 'unix',
        address,
        attach,
        close: () => {
          server.close();
          cleanup();
        },
      }),
    );
  });
}

async function listenTcp(server: Server, env: NodeJS.ProcessEnv, attach: Listener['attach']): Promise<Listener> {
  const min = Number(env.PLUGIN_MIN_PORT || 10000);
  const max = Number(env.PLUGIN_MAX_PORT || 25000);
  for (let port = min; port <= max; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (ok) return { network: 'tcp', address: `127.0.0.1:${port}`, attach, close: () => server.close() };
  }
  throw new Error(`no free TCP port between ${min} and ${max}`);
}
