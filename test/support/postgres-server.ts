// A throw-away PostgreSQL server from the machine's Debian packages (postgresql-15: initdb and pg_ctl under
// /usr/lib/postgresql/<version>/bin), in a temporary directory, on loopback, for Terraform's `pg` backend.
// PostgreSQL refuses to run as root, and test sessions here run as root: then every server command runs
// as the `postgres` user the package creates (runuser), in a directory handed to that user.
// Fails — never skips — when the server binaries are missing: `.ci/run` installs them where they are not.
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** `postgres://…` for the backend's conn_str, database `postgres`, user `tf`, no password (trust on loopback). */
  readonly connString: string;
  readonly port: number;
  /** The server's version line, e.g. `postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`. */
  readonly version: string;
  stop(): Promise<void>;
}

/** The newest installed server's bin directory. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL server binaries are missing (no /usr/lib/postgresql/<version>/bin/initdb): the pg backend test needs the Debian package postgresql-15; `bash .ci/run` installs it (apt-get install postgresql-15).',
    );
  }
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0]!, 'bin');
}

function run(command: string, args: string[], asUser: string | undefined): Promise<string> {
  const [file, argv] = asUser === undefined ? [command, args] : ['runuser', ['-u', asUser, '--', command, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${out}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** uid and gid of a local user, from /etc/passwd. */
function userIds(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  if (line === undefined) throw new Error(`running as root, the PostgreSQL server must run as the "${name}" user, which the postgresql package creates; it does not exist here`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const asUser = process.getuid?.() === 0 ? 'postgres' : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'tf-pg-'));
  if (asUser !== undefined) {
    const { uid, gid } = userIds(asUser);
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  const version = (await run(join(bin, 'postgres'), ['--version'], asUser)).trim();
  await run(join(bin, 'initdb'), ['-D', data, '-U', 'tf', '--auth=trust', '--encoding=UTF8', '--no-sync'], asUser);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  await run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'], asUser);
  return {
    connString: `postgres://tf@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    version,
    stop: async () => {
      await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], asUser).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
