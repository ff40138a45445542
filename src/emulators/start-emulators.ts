// Starts the three platform emulators on loopback (ephemeral ports unless given) and answers their
// connection info in PRODUCT.md's shape, plus a handle per emulator for tests.
import { alsEmulator } from './als/als-emulator';
import type { AlsState } from './als/als-state';
import { vmsEmulator } from './vms/vms-emulator';
import type { VmsState } from './vms/vms-state';
import { openShiftEmulator } from './openshift/openshift-emulator';
import type { OpenShiftState } from './openshift/openshift-state';
import { startEmulator, type RunningEmulator } from './server/emulator-server';
import { createEmulatorTls } from './server/emulator-tls';
import { StateFile } from './state/state-file';
import type { EmulatorUserSpec } from './users/user-directory';
import type { EmulatorConnectionInfo, PlatformName } from './connection-info';

export interface StartEmulatorsOptions {
  /** Serve HTTPS with a fresh self-signed certificate (see `caPem`). */
  readonly tls?: boolean;
  /** Keep state in this JSON file: loaded at start, rewritten after each change. */
  readonly stateFile?: string;
  /** Fixed ports; 0 or absent picks a free one. */
  readonly ports?: Partial<Record<PlatformName, number>>;
  /** Users besides each platform's admin. */
  readonly users?: Partial<Record<PlatformName, readonly EmulatorUserSpec[]>>;
  /** Where handler failures are reported; stderr by default. */
  readonly reportError?: (error: unknown) => void;
}

export interface RunningEmulators {
  /** Exactly the `authtoken emulate --json` line. */
  readonly connection: EmulatorConnectionInfo;
  readonly als: RunningEmulator<AlsState>;
  readonly vms: RunningEmulator<VmsState>;
  readonly openshift: RunningEmulator<OpenShiftState>;
  /** The PEM clients must trust when started with `tls`. */
  readonly caPem?: string;
  stop(): Promise<void>;
}

export async function startEmulators(options: StartEmulatorsOptions = {}): Promise<RunningEmulators> {
  const tls = options.tls ? createEmulatorTls() : undefined;
  const stateFile = options.stateFile === undefined ? undefined : StateFile.open(options.stateFile);
  const common = (name: PlatformName) => ({
    ...(tls === undefined ? {} : { tls }),
    ...(stateFile === undefined ? {} : { stateFile }),
    ...(options.ports?.[name] === undefined ? {} : { port: options.ports[name] }),
    ...(options.users?.[name] === undefined ? {} : { users: options.users[name] }),
    ...(options.reportError === undefined ? {} : { reportError: options.reportError }),
  });
  const started = await Promise.allSettled([
    startEmulator(alsEmulator, common('als')),
    startEmulator(vmsEmulator, common('vms')),
    startEmulator(openShiftEmulator, common('openshift')),
  ]);
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure !== undefined) {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
    throw failure.reason;
  }
  const [als, vms, openshift] = started.map((s) => (s as PromiseFulfilledResult<RunningEmulator<unknown>>).value) as [
    RunningEmulator<AlsState>,
    RunningEmulator<VmsState>,
    RunningEmulator<OpenShiftState>,
  ];
  const admin = <State>(e: RunningEmulator<State>) => e.context.users.admin;
  return {
    connection: {
      als: { api_endpoint: als.baseUrl, username: admin(als).username, password: admin(als).password },
      vms: { endpoint: vms.baseUrl, username: admin(vms).username, password: admin(vms).password },
      openshift: { server: openshift.baseUrl, username: admin(openshift).username, password: admin(openshift).password },
    },
    als,
    vms,
    openshift,
    ...(tls === undefined ? {} : { caPem: tls.caPem }),
    stop: async () => {
      await Promise.all([als.stop(), vms.stop(), openshift.stop()]);
    },
  };
}
