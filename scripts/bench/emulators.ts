// The platform emulators in their own process, apart from the bench that spawns and times terraform:
// serving thousands of requests must not delay the bench's own clock or its reading of terraform's
// output. They share the machine's two cores with everything else either way. The process is the bench
// script itself run with `--emulators` (not `authtoken emulate`, whose name other runs on a shared
// machine may stop).
import { spawn, type ChildProcess } from 'node:child_process';
import { EmulatorAdminClient } from '../../src/emulators/admin/admin-client';
import { ADMIN_PREFIX } from '../../src/emulators/admin/admin-prefix';
import { providerEnvironment, type EmulatorConnectionInfo } from '../../src/emulators/connection-info';
import { startEmulators } from '../../src/emulators/start-emulators';

export const EMULATORS_FLAG = '--emulators';

/** The child's side: serve until the bench goes away, the connection info as the first stdout line. */
export async function serveEmulators(): Promise<void> {
  const emulators = await startEmulators();
  process.stdout.write(`${JSON.stringify(emulators.connection)}\n`);
  const parent = process.ppid;
  const stop = () => void emulators.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  setInterval(() => process.ppid !== parent && stop(), 500);
}

export interface EmulatorsProcess {
  readonly connection: EmulatorConnectionInfo;
  readonly admin: { readonly als: EmulatorAdminClient; readonly vms: EmulatorAdminClient; readonly openshift: EmulatorAdminClient };
  readonly pid: number;
  /** The provider's configuration through the environment, as the tests and the demo use it. */
  providerEnvironment(): NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export function startEmulatorsProcess(): Promise<EmulatorsProcess> {
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, process.argv[1]!, EMULATORS_FLAG], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`the emulators process exited ${code}: ${err}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      const connection = JSON.parse(out.slice(0, nl)) as EmulatorConnectionInfo;
      const admin = (base: string) => new EmulatorAdminClient(`${base}${ADMIN_PREFIX}`);
      resolve({
        connection,
        pid: child.pid!,
        admin: { als: admin(connection.als.api_endpoint), vms: admin(connection.vms.endpoint), openshift: admin(connection.openshift.server) },
        providerEnvironment: () => providerEnvironment(connection),
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.on('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
