// `authtoken emulate [--json] [--state-file F] [--tls] [--ca-file F]`: the three platform emulators in
// the foreground, on loopback, until SIGINT or SIGTERM. With --json the first stdout line is exactly
// PRODUCT.md's connection JSON and everything for people goes to stderr.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startEmulators, type RunningEmulators } from '../../emulators/start-emulators';
import type { Command } from './index';

const USAGE = `usage: authtoken emulate [--json] [--state-file FILE] [--tls [--ca-file FILE]]

Runs the ALS, VMS and OpenShift emulators on 127.0.0.1 until Ctrl-C or SIGTERM.
  --json             print the connection JSON as the first stdout line (details go to stderr)
  --state-file FILE  keep the emulators' state in FILE across restarts
  --tls              serve HTTPS with a fresh self-signed certificate
  --ca-file FILE     with --tls: write the certificate to trust to FILE
`;

export const emulate: Command = {
  summary: 'run the three platform emulators in the foreground',
  async run(args) {
    let options;
    try {
      options = parseArgs({
        args,
        options: {
          json: { type: 'boolean', default: false },
          'state-file': { type: 'string' },
          tls: { type: 'boolean', default: false },
          'ca-file': { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
      }).values;
    } catch (error) {
      process.stderr.write(`authtoken emulate: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (options['ca-file'] !== undefined && !options.tls) {
      process.stderr.write(`authtoken emulate: --ca-file needs --tls\n\n${USAGE}`);
      return 2;
    }

    // Listen for the end before anything is printed: a caller may signal as soon as it reads a line.
    const stop = whenToStop();
    try {
      const emulators = await startEmulators({
        tls: options.tls,
        ...(options['state-file'] === undefined ? {} : { stateFile: options['state-file'] }),
      });
      // The CA file exists before the line that tells the caller to use it.
      if (emulators.caPem !== undefined && options['ca-file'] !== undefined) writeFileSync(options['ca-file'], emulators.caPem);
      if (options.json) process.stdout.write(`${JSON.stringify(emulators.connection)}\n`);
      const human = options.json ? process.stderr : process.stdout;
      human.write(describe(emulators, options['ca-file'], options['state-file']));
      const reason = await stop.reason;
      await emulators.stop();
      process.stderr.write(`authtoken emulate: stopped (${reason})\n`);
    } finally {
      stop.dispose();
    }
    return 0;
  },
};

/** Resolves on SIGINT, SIGTERM, or when the parent process goes away. */
function whenToStop(): { reason: Promise<string>; dispose(): void } {
  // `npx` runs us through `sh -c` and forwards SIGTERM to that shell only, which dies and leaves us
  // behind: a new parent means whoever started us is gone, so stop as if signalled.
  const parent = process.ppid;
  let resolve!: (reason: string) => void;
  const reason = new Promise<string>((r) => (resolve = r));
  const onSignal = (signal: NodeJS.Signals) => resolve(signal);
  const orphanWatch = setInterval(() => {
    if (process.ppid !== parent) resolve('parent process exited');
  }, 200);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    reason,
    dispose() {
      clearInterval(orphanWatch);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** What people need: per platform the provider's environment variables, then the admin API and TLS notes. */
function describe(emulators: RunningEmulators, caFile: string | undefined, stateFile: string | undefined): string {
  const { als, vms, openshift } = emulators.connection;
  const lines = [
    'authtoken emulators on loopback; Ctrl-C or SIGTERM stops them.',
    '',
    `${emulators.als.title}`,
    `  ALS_API_ENDPOINT=${als.api_endpoint}`,
    `  ALS_USERNAME=${als.username}`,
    `  ALS_PASSWORD=${als.password}`,
    `${emulators.vms.title}`,
    `  VMS_ENDPOINT=${vms.endpoint}`,
    `  VMS_USERNAME=${vms.username}`,
    `  VMS_PASSWORD=${vms.password}`,
    `${emulators.openshift.title}`,
    `  OPENSHIFT_SERVER=${openshift.server}`,
    `  OPENSHIFT_USERNAME=${openshift.username}`,
    `  OPENSHIFT_PASSWORD=${openshift.password}`,
    '',
    'Admin APIs (request log, faults, state, out-of-band actions):',
    `  ${emulators.als.adminUrl}`,
    `  ${emulators.vms.adminUrl}`,
    `  ${emulators.openshift.adminUrl}`,
  ];
  if (stateFile !== undefined) lines.push('', `State is kept in ${stateFile}.`);
  if (emulators.caPem !== undefined) {
    lines.push('', caFile === undefined ? `HTTPS with a self-signed certificate; trust this CA:\n${emulators.caPem.trimEnd()}` : `HTTPS; the CA to trust is in ${caFile}.`);
  }
  return `${lines.join('\n')}\n`;
}
