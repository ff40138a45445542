// Many tokens across the three platforms in one configuration, and the census that proves an apply
// lost nothing and leaked nothing: the tokens each platform holds (read from the emulator's own state,
// never from the provider), the tokens Terraform's state holds, and what differs.
import { startEmulators, type RunningEmulators } from '../../src/emulators';
import type { AlsState } from '../../src/emulators/als/als-state';
import type { OpenShiftState } from '../../src/emulators/openshift/openshift-state';
import type { VmsState } from '../../src/emulators/vms/vms-state';
import { createVmsClient } from '../../src/provider/vms';
import { AUTHTOKEN_HEADER, authtokenPackage } from './authtoken-package';
import { emulatorEnvironment } from './resource-test';
import { TerraformWorkspace, type RunResult } from './terraform-cli';

export interface FleetSize {
  readonly als: number;
  readonly vms: number;
  readonly openshift: number;
}

/** `total` tokens spread over the three platforms as evenly as they go. */
export function fleetOf(total: number): FleetSize {
  const third = Math.floor(total / 3);
  return { als: total - 2 * third, vms: third, openshift: third };
}

/** One resource block per platform with `count`; each token is told apart by its index (label, name, note). */
export function fleetConfig(size: FleetSize): string {
  return `${AUTHTOKEN_HEADER}
resource "authtoken_als_service_auth_token" "t" {
  count = ${size.als}
  label = "svc-\${count.index}"
  token = "gateway-secret-\${count.index}-${'x'.repeat(8)}"
}

resource "authtoken_vms_api_token" "t" {
  count  = ${size.vms}
  name   = "t-\${count.index}"
  expiry = "30D"
}

resource "authtoken_openshift_authorization" "t" {
  count  = ${size.openshift}
  scopes = ["session"]
  note   = "t-\${count.index}"
}
`;
}

export interface Fleet {
  readonly emulators: RunningEmulators;
  readonly ws: TerraformWorkspace;
  /** Runs terraform in the workspace; throws unless it exits with `expectCode`. */
  terraform(args: string[], expectCode?: number): Promise<RunResult>;
  stop(): Promise<void>;
}

export async function startFleet(extraEnv: NodeJS.ProcessEnv = {}): Promise<Fleet> {
  const emulators = await startEmulators({ reportError: () => {} });
  const ws = TerraformWorkspace.create([await authtokenPackage()], { ...emulatorEnvironment(emulators), ...extraEnv });
  // The default allows 5 tokens per owner; the fleet needs them all under the admin.
  const { endpoint, username, password } = emulators.connection.vms;
  const vms = createVmsClient({ endpoint, credentials: { kind: 'basic', username, password } });
  await vms.setMaxApiTokensPerUser(1000);
  vms.close();
  return {
    emulators,
    ws,
    terraform: async (args, expectCode = 0) => {
      const r = await ws.run([...args, '-no-color']);
      if (r.code !== expectCode) throw new Error(`terraform ${args.join(' ')} exited ${r.code} (expected ${expectCode})\n--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-6000)}`);
      return r;
    },
    stop: async () => {
      await emulators.stop();
      ws.cleanup();
    },
  };
}

/**
 * A fleet for the whole test file: before its tests, started with a configuration of `size` and
 * `terraform init` done, then handed to `ready`; stopped after them.
 */
export function useFleet(size: FleetSize, ready: (fleet: Fleet) => void): void {
  let fleet: Fleet | undefined;
  beforeAll(async () => {
    fleet = await startFleet();
    fleet.ws.writeConfig(fleetConfig(size));
    await fleet.terraform(['init', '-input=false']);
    ready(fleet);
  });
  afterAll(() => fleet?.stop());
}

/** What one platform holds against what the state holds. */
export interface PlatformCensus {
  /** Every token the platform ever created during the run (revoked and deleted ones included where it keeps them). */
  readonly created: number;
  /** Tokens that still authenticate. */
  readonly onPlatform: number;
  readonly inState: number;
  /** The ids the state holds. */
  readonly stateIds: readonly string[];
  /** Live tokens with the same label/name/note as another live one. */
  readonly duplicates: number;
  /** Live tokens that no state holds. */
  readonly orphans: readonly string[];
  /** Ids in state that the platform no longer has live. */
  readonly lost: readonly string[];
}

export type Census = Readonly<Record<'als' | 'vms' | 'openshift', PlatformCensus>>;

/** Reads each emulator's state and Terraform's state (`terraform show -json`). */
export async function census(fleet: Fleet, stateJson?: string): Promise<Census> {
  const json = stateJson ?? (await fleet.terraform(['show', '-json'])).stdout;
  const resources = (JSON.parse(json) as { values?: { root_module?: { resources?: { type: string; values: Record<string, unknown> }[] } } }).values?.root_module?.resources ?? [];
  const idsOf = (type: string) => resources.filter((r) => r.type === type).map((r) => String(r.values['id']));

  const als = fleet.emulators.als.context.state.read() as unknown as AlsState;
  const alsLive = Object.values(als.serviceAuthTokens).map((t) => ({ id: t.guid, key: `${t.label}/${t.provider}` }));

  const vms = fleet.emulators.vms.context.state.read() as unknown as VmsState;
  const vmsNow = fleet.emulators.vms.context.clock.nowMs();
  const vmsAll = Object.values(vms.apiTokens);
  const vmsLive = vmsAll
    .filter((t) => !t.revoked && (t.expiry_date === null || Date.parse(t.expiry_date) > vmsNow))
    .map((t) => ({ id: t.id, key: `${t.owner}/${t.name.replace(/ \[tf-create:[0-9a-f]{16}(-[0-9a-f]{8})?\]$/, '')}` }));

  const os = fleet.emulators.openshift.context.state.read() as unknown as OpenShiftState;
  const osNow = fleet.emulators.openshift.context.clock.nowMs();
  const osAll = Object.values(os.authorizations);
  const osLive = osAll
    .filter((a) => a.revoked_at === null && Date.parse(a.created_at) + a.expires_in * 1000 > osNow)
    .map((a) => ({ id: a.id, key: `${a.identity}/${a.scopes}/${(a.note ?? '').replace(/ ?\[tf-create:[0-9a-f]{16}(-[0-9a-f]{8})?\]$/, '')}` }));

  const count = (live: { id: string; key: string }[], inState: string[], created: number): PlatformCensus => {
    const byKey = new Map<string, number>();
    for (const t of live) byKey.set(t.key, (byKey.get(t.key) ?? 0) + 1);
    const liveIds = new Set(live.map((t) => t.id));
    const stateIds = new Set(inState);
    return {
      created,
      onPlatform: live.length,
      inState: inState.length,
      stateIds: inState,
      duplicates: [...byKey.values()].reduce((n, c) => n + (c - 1), 0),
      orphans: live.filter((t) => !stateIds.has(t.id)).map((t) => t.id),
      lost: inState.filter((id) => !liveIds.has(id)),
    };
  };
  return {
    als: count(alsLive, idsOf('authtoken_als_service_auth_token'), als.nextServiceAuthTokenId - 1),
    vms: count(vmsLive, idsOf('authtoken_vms_api_token'), vmsAll.length),
    openshift: count(osLive, idsOf('authtoken_openshift_authorization'), osAll.length),
  };
}

/** One line per platform, for the test's printed figures. */
export function describeCensus(title: string, c: Census): string {
  const line = (name: string, p: PlatformCensus) =>
    `  ${name.padEnd(9)} created ${String(p.created).padStart(4)}  on platform ${String(p.onPlatform).padStart(4)}  in state ${String(p.inState).padStart(4)}  duplicates ${p.duplicates}  orphans ${p.orphans.length}  lost ${p.lost.length}`;
  return `${title}\n${line('ALS', c.als)}\n${line('VMS', c.vms)}\n${line('OpenShift', c.openshift)}\n`;
}

/** The census of a converged apply: every token in state is live, nothing live is outside the state, nothing twice. */
export function expectConverged(c: Census, size: FleetSize): void {
  for (const [name, wanted] of [['als', size.als], ['vms', size.vms], ['openshift', size.openshift]] as const) {
    const p = c[name];
    expect({ platform: name, inState: p.inState, onPlatform: p.onPlatform, duplicates: p.duplicates, orphans: p.orphans, lost: p.lost }).toEqual({
      platform: name,
      inState: wanted,
      onPlatform: wanted,
      duplicates: 0,
      orphans: [],
      lost: [],
    });
  }
}
