// Terraform itself, timed: apply and plan (with refresh) of N tokens against the emulators, next to
// their floors measured in the same rounds, so machine noise falls on both alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ProviderPackage } from '../../src/cli/filesystem-mirror';
import type * as BundlePlugin from '../bundle-plugin.cjs';
import { TerraformWorkspace } from '../../test/support/terraform-cli';
import type { EmulatorsProcess } from './emulators';
import { ProviderProcessWatch } from './provider-processes';
import { mustRun, type Timed } from './timing';
import { configuration, type Platform, type Workload } from './workloads';

/** The executables of both providers the bench runs: authtoken's and the framework floor's. */
export const PLUGIN_EXECUTABLE = 'terraform-provider-';

export interface Workspaces {
  engine(count: number): Promise<TerraformWorkspace>;
  framework(platform: Platform, count: number): Promise<TerraformWorkspace>;
  tokens(platform: Platform, count: number): Promise<TerraformWorkspace>;
  cleanup(): void;
}

/** One initialised workspace per configuration, reused across rounds (its state is removed between them). */
export function workspaces(pkg: ProviderPackage, floorPkg: ProviderPackage, emulators: EmulatorsProcess): Workspaces {
  const made = new Map<string, Promise<TerraformWorkspace>>();
  const get = (workload: Workload, count: number) => {
    const key = `${workload.kind}:${workload.kind === 'engine' ? '' : workload.platform}:${count}`;
    let ws = made.get(key);
    if (ws === undefined) {
      ws = (async () => {
        const w =
          workload.kind === 'engine'
            ? TerraformWorkspace.create([])
            : workload.kind === 'framework'
              ? TerraformWorkspace.create([floorPkg])
              : TerraformWorkspace.create([pkg], emulators.providerEnvironment());
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
    framework: (platform, count) => get({ kind: 'framework', platform }, count),
    tokens: (platform, count) => get({ kind: 'tokens', platform }, count),
    cleanup: () => void Promise.all(made.values()).then((all) => all.forEach((w) => w.cleanup())),
  };
}

export interface CommandResult {
  readonly ms: number;
  /** Peak RSS of the provider processes, KiB. */
  readonly providerRssKiB: number;
  /** CPU (user + system) of the provider processes, ms. */
  readonly providerCpuMs: number;
  /** CPU of terraform itself, its providers' not counted, ms. */
  readonly terraformCpuMs: number;
}

// bash's `times` prints, last, the CPU of the children it waited for: terraform, and with it every
// provider process terraform waited for.
const WITH_CHILD_CPU = 'terraform "$@"; code=$?; times >&2; exit $code';

async function terraform(ws: TerraformWorkspace, args: readonly string[], ok: readonly number[] = [0]): Promise<CommandResult> {
  const watch = new ProviderProcessWatch(PLUGIN_EXECUTABLE);
  let r: Timed;
  try {
    r = await mustRun('bash', ['-c', WITH_CHILD_CPU, 'terraform', ...args, '-input=false', '-no-color'], { cwd: ws.dir, env: ws.env }, ok);
  } catch (error) {
    watch.stop();
    throw error;
  }
  const providers = watch.stop();
  const children = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(r.stderr);
  if (children === null) throw new Error(`no CPU times at the end of terraform's stderr: ${r.stderr.slice(-300)}`);
  const childrenMs = (Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4])) * 1000;
  return { ms: r.ms, providerRssKiB: providers.peakRssKiB, providerCpuMs: providers.cpuMs, terraformCpuMs: childrenMs - providers.cpuMs };
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

/** The framework floor's plugin package (./framework-floor), bundled like the provider's. */
export async function frameworkFloorPackage(root: string): Promise<ProviderPackage & { cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  // Required from the checkout at run time: esbuild, which it calls, cannot itself be bundled into the bench.
  const { bundlePlugin } = createRequire(join(root, 'package.json'))('./scripts/bundle-plugin.cjs') as typeof BundlePlugin;
  await bundlePlugin({
    name: 'floor',
    version: '0.0.1',
    bootstrapEntry: join(root, 'scripts/bench/framework-floor/plugin.ts'),
    serverEntry: join(root, 'scripts/bench/framework-floor/server.ts'),
    outDir: dir,
  });
  return { source: 'registry.terraform.io/bench/floor', version: '0.0.1', dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
