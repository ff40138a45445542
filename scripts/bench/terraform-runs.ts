// Terraform itself, timed: apply and plan (with refresh) of N tokens against the emulators, next to
// their floors measured in the same rounds, so machine noise falls on both alike.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderPackage } from '../../src/cli/filesystem-mirror';
import { TerraformWorkspace } from '../../test/support/terraform-cli';
import type { EmulatorsProcess } from './emulators';
import { PeakRssWatch } from './peak-rss';
import { mustRun } from './timing';
import { configuration, type Platform, type Workload } from './workloads';

export const PLUGIN_EXECUTABLE = 'terraform-provider-authtoken_v';

export interface Workspaces {
  engine(count: number): Promise<TerraformWorkspace>;
  tokens(platform: Platform, count: number): Promise<TerraformWorkspace>;
  cleanup(): void;
}

/** One initialised workspace per configuration, reused across rounds (its state is removed between them). */
export function workspaces(pkg: ProviderPackage, emulators: EmulatorsProcess): Workspaces {
  const made = new Map<string, Promise<TerraformWorkspace>>();
  const get = (workload: Workload, count: number) => {
    const key = `${workload.kind === 'engine' ? 'engine' : workload.platform}:${count}`;
    let ws = made.get(key);
    if (ws === undefined) {
      ws = (async () => {
        const w = TerraformWorkspace.create(workload.kind === 'engine' ? [] : [pkg], workload.kind === 'engine' ? {} : emulators.providerEnvironment());
        w.writeConfig(configuration(workload, count));
        await w.init();
        return w;
      })();
      made.set(key, ws);
    }
    return ws;
  };
  return {
    engine: (count) => get({ kind: 'engine' }, count),
    tokens: (platform, count) => get({ kind: 'tokens', platform }, count),
    cleanup: () => void Promise.all(made.values()).then((all) => all.forEach((w) => w.cleanup())),
  };
}

export interface CommandResult {
  readonly ms: number;
  /** Peak RSS of the provider processes, KiB. */
  readonly providerRssKiB: number;
}

async function terraform(ws: TerraformWorkspace, args: readonly string[], ok: readonly number[] = [0]): Promise<CommandResult> {
  const watch = new PeakRssWatch(PLUGIN_EXECUTABLE);
  try {
    const r = await mustRun('terraform', [...args, '-input=false', '-no-color'], { cwd: ws.dir, env: ws.env }, ok);
    return { ms: r.ms, providerRssKiB: watch.stop() };
  } finally {
    watch.stop();
  }
}

/** `terraform apply` from an empty state. */
export function applyFromScratch(ws: TerraformWorkspace): Promise<CommandResult> {
  for (const f of ['terraform.tfstate', 'terraform.tfstate.backup']) rmSync(join(ws.dir, f), { force: true });
  return terraform(ws, ['apply', '-auto-approve']);
}

/** `terraform plan` with refresh; it must find nothing to change. */
export function planNoChanges(ws: TerraformWorkspace): Promise<CommandResult> {
  return terraform(ws, ['plan', '-detailed-exitcode']);
}

/** The platform emptied (state reset) and, for VMS, the per-user token limit raised for `count` tokens. */
export async function freshPlatform(emulators: EmulatorsProcess, platform: Platform, count: number): Promise<void> {
  await emulators.admin[platform].reset();
  if (platform === 'vms') await emulators.admin.vms.action('set-max-api-tokens-per-user', { limit: count + 10 });
}

/** The HTTP floor (http-floor.mjs) for `count` tokens: its time, and the requests it made per route. */
export async function httpFloor(root: string, emulators: EmulatorsProcess, platform: Platform, count: number): Promise<{ ms: number; counts: Record<string, number> }> {
  await freshPlatform(emulators, platform, count);
  const c = emulators.connection;
  const [base, user, password] = platform === 'vms' ? [c.vms.endpoint, c.vms.username, c.vms.password] : [c.openshift.server, c.openshift.username, c.openshift.password];
  const r = await mustRun(process.execPath, [join(root, 'scripts/bench/http-floor.mjs'), platform, String(count), base, user, password]);
  const counts = (await emulators.admin[platform].requests()).counts;
  return { ms: (JSON.parse(r.stdout) as { ms: number }).ms, counts: { ...counts } };
}
