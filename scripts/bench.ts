// `npm run bench`: the benchmark table. Every figure is the median of several runs made in this one
// invocation, next to its floor measured in the same rounds (interleaved, so machine noise falls on
// both alike), with the ratio and the target:
//   - a provider launch as Terraform drives it, against `node -e 0` in the same environment;
//   - `terraform plan`/`apply` of one token against `terraform_data`;
//   - `apply` of N tokens against the engine floor (`terraform_data` × N) plus the HTTP floor (the same
//     API calls from a plain Node script, ten at a time, kept alive); `plan` (with refresh) of them
//     against the engine floor's plan, and the API requests that plan made (the emulators' request logs);
//   - the framework floor (bench/framework-floor: the same resources on a provider of this framework that
//     calls no API) against the engine, and the tokens against it; at N = 1000, the CPU of terraform
//     itself and of the provider processes in each run;
//   - the provider's peak RSS, and how cost grows from 1000 to 5000 VMS tokens.
// Printed as one table and written to bench/results.json. Environment: BENCH_RUNS (rounds, default 5),
// BENCH_BIG_RUNS (rounds at N ≥ 1000, default 3), BENCH_LAUNCHES (default 20), BENCH_SIZES (default
// 100,1000), BENCH_VMS_BIG (default 5000; 0 skips it).
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { redact, registerSecret } from '../src/framework/redaction';
import { EMULATORS_FLAG, serveEmulators, startEmulatorsProcess } from './bench/emulators';
import { nodeBaseline, pluginLaunch, type LaunchRun } from './bench/launch';
import { figure, median, type Figure } from './bench/stats';
import { markdownTable, textTable, writeResults } from './bench/table';
import { applyFromScratch, frameworkFloorPackage, freshPlatform, httpFloor, planNoChanges, workspaces, type CommandResult } from './bench/terraform-runs';
import type { Platform } from './bench/workloads';

const env = process.env;
const RUNS = Number(env.BENCH_RUNS ?? 5);
const BIG_RUNS = Number(env.BENCH_BIG_RUNS ?? 3);
const LAUNCHES = Number(env.BENCH_LAUNCHES ?? 20);
const SIZES = (env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const VMS_BIG = Number(env.BENCH_VMS_BIG ?? 5000);
/** The framework floor is measured up to this N (at 5000 it would add minutes and tell nothing new). */
const FRAMEWORK_FLOOR_MAX = 1000;
const root = process.cwd(); // npm runs scripts from the package root
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const pluginDir = join(root, 'dist/plugin');
const pluginPackage = { source: 'registry.terraform.io/authtoken/authtoken', version, dir: pluginDir };

const MiB = (kib: number) => kib / 1024;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function launchFigures(): Promise<Figure[]> {
  const executable = join(pluginDir, `terraform-provider-authtoken_v${version}`);
  await nodeBaseline(); // the page cache warm for both before anything is timed
  await pluginLaunch(executable);
  const base: number[] = [];
  const runs: LaunchRun[] = [];
  for (let i = 0; i < LAUNCHES; i++) {
    base.push(await nodeBaseline());
    runs.push(await pluginLaunch(executable));
  }
  const floor = { name: 'node -e 0', value: median(base), runs: base };
  return [
    figure({ id: 'launch.handshake', measure: 'plugin exec → handshake line', unit: 'ms', runs: runs.map((r) => r.handshakeMs), floor }),
    figure({ id: 'launch.first-rpc', measure: 'plugin exec → first RPC answered (GetProviderSchema, mTLS)', unit: 'ms', runs: runs.map((r) => r.firstRpcMs), floor, target: 1.3 }),
    figure({ id: 'launch.whole', measure: 'one whole launch: exec → RPC → Shutdown → exit', unit: 'ms', runs: runs.map((r) => r.launchMs), floor, target: 1.5 }),
    figure({ id: 'launch.rss', measure: 'plugin peak RSS at its first answer', unit: 'MiB', runs: runs.map((r) => MiB(r.rssKiB)) }),
  ];
}

interface FrameworkRun {
  readonly apply: CommandResult;
  readonly plan: CommandResult;
}

interface Round {
  engineApply: number;
  enginePlan: number;
  /** Terraform's CPU in the engine floor's runs, ms. */
  engineCpu: { apply: number; plan: number };
  /** The framework floor (the same resources on a provider that calls no API), measured up to FRAMEWORK_FLOOR_MAX. */
  framework?: FrameworkRun;
  http?: { ms: number; counts: Record<string, number> };
  apply: CommandResult;
  plan: CommandResult;
  applyCounts: Record<string, number>;
  planRequests: number;
}

async function terraformFigures(): Promise<Figure[]> {
  const emulators = await startEmulatorsProcess();
  log(`emulators in their own process (pid ${emulators.pid})`);
  const floorPackage = await frameworkFloorPackage(root);
  const ws = workspaces(pluginPackage, floorPackage, emulators);
  const figures: Figure[] = [];
  try {
    const scenario = async (platform: Platform, count: number, rounds: number, withHttpFloor: boolean): Promise<Round[]> => {
      const engine = await ws.engine(count);
      const framework = count <= FRAMEWORK_FLOOR_MAX ? await ws.framework(platform, count) : undefined;
      const tokens = await ws.tokens(platform, count);
      const out: Round[] = [];
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        const engineApplied = await applyFromScratch(engine);
        const enginePlanned = await planNoChanges(engine);
        const [engineApply, enginePlan] = [engineApplied.ms, enginePlanned.ms];
        const engineCpu = { apply: engineApplied.terraformCpuMs, plan: enginePlanned.terraformCpuMs };
        const frameworkFloor = framework === undefined ? undefined : { apply: await applyFromScratch(framework), plan: await planNoChanges(framework) };
        const http = withHttpFloor ? await httpFloor(root, emulators, platform, count) : undefined;
        await freshPlatform(emulators, platform, count);
        const apply = await applyFromScratch(tokens);
        const applyCounts = { ...(await emulators.admin[platform].requests()).counts };
        await emulators.admin[platform].resetRequests();
        const plan = await planNoChanges(tokens);
        const planRequests = (await emulators.admin[platform].requests()).total;
        out.push({ engineApply, enginePlan, engineCpu, ...(frameworkFloor === undefined ? {} : { framework: frameworkFloor }), ...(http === undefined ? {} : { http }), apply, plan, applyCounts, planRequests });
        log(`  ${platform} ×${count} round ${i + 1}/${rounds}: apply ${apply.ms.toFixed(0)} ms, plan ${plan.ms.toFixed(0)} ms (${planRequests} requests) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
      return out;
    };

    // One token: the launches dominate.
    log('1 token: plan and apply vs terraform_data');
    const one = await scenario('vms', 1, RUNS, false);
    figures.push(
      figure({ id: 'plan.vms.1', measure: 'terraform plan, 1 VMS token', unit: 'ms', runs: one.map((r) => r.plan.ms), floor: { name: 'terraform_data', value: median(one.map((r) => r.enginePlan)), runs: one.map((r) => r.enginePlan) } }),
      figure({ id: 'apply.vms.1', measure: 'terraform apply, 1 VMS token', unit: 'ms', runs: one.map((r) => r.apply.ms), floor: { name: 'terraform_data', value: median(one.map((r) => r.engineApply)), runs: one.map((r) => r.engineApply) } }),
      ...frameworkFloorFigures('vms', 1, one),
    );

    const byPlatform: Partial<Record<string, Round[]>> = {};
    const sizes: [Platform, number][] = [...SIZES.flatMap((n) => (['vms', 'openshift'] as Platform[]).map((p) => [p, n] as [Platform, number])), ...(VMS_BIG > 0 ? [['vms', VMS_BIG] as [Platform, number]] : [])];
    for (const [platform, count] of sizes) {
      log(`${count} ${platform} tokens`);
      const rounds = await scenario(platform, count, count >= 1000 ? BIG_RUNS : RUNS, true);
      byPlatform[`${platform}:${count}`] = rounds;
      const what = `${count} ${platform === 'vms' ? 'VMS API tokens' : 'OpenShift authorizations'}`;
      const floorSums = rounds.map((r) => r.engineApply + r.http!.ms);
      const sameCalls = sameCounts(rounds[0]!.http!.counts, rounds[0]!.applyCounts);
      const frameworkRuns = rounds.every((r) => r.framework !== undefined) ? rounds.map((r) => r.framework!) : undefined;
      figures.push(
        ...frameworkFloorFigures(platform, count, rounds),
        ...(frameworkRuns === undefined ? [] : gapToFrameworkFloor(platform, count, what, rounds, frameworkRuns)),
        ...(frameworkRuns === undefined || count !== 1000 ? [] : cpuFigures(platform, count, what, rounds, frameworkRuns)),
        figure({
          id: `apply.${platform}.${count}`,
          measure: `terraform apply, ${what}`,
          unit: 'ms',
          runs: rounds.map((r) => r.apply.ms),
          floor: { name: `engine ${fmt(median(rounds.map((r) => r.engineApply)))} + HTTP ${fmt(median(rounds.map((r) => r.http!.ms)))}`, value: median(floorSums), runs: floorSums },
          target: 1.2,
          ...(sameCalls ? {} : { note: `the HTTP floor's calls differ from the provider's: floor ${JSON.stringify(rounds[0]!.http!.counts)}, provider ${JSON.stringify(rounds[0]!.applyCounts)}` }),
        }),
        figure({ id: `plan.${platform}.${count}`, measure: `terraform plan (refresh), ${what}`, unit: 'ms', runs: rounds.map((r) => r.plan.ms), floor: { name: 'engine', value: median(rounds.map((r) => r.enginePlan)), runs: rounds.map((r) => r.enginePlan) }, target: 2 }),
        figure({ id: `requests.${platform}.${count}`, measure: `API requests of that plan's refresh`, unit: 'requests', runs: rounds.map((r) => r.planRequests), ...(count === 1000 ? { target: 20 } : {}) }),
        figure({
          id: `requests.${platform}.apply.${count}`,
          measure: `API requests of that apply (one pre-create listing, then per token)`,
          unit: 'requests',
          runs: rounds.map((r) => total(r.applyCounts)),
          floor: { name: 'HTTP floor', value: median(rounds.map((r) => total(r.http!.counts))), runs: rounds.map((r) => total(r.http!.counts)) },
        }),
        figure({ id: `rss.${platform}.${count}`, measure: `provider peak RSS, apply and plan of ${what}`, unit: 'MiB', runs: rounds.map((r) => MiB(Math.max(r.apply.providerRssKiB, r.plan.providerRssKiB))), ...(count === 1000 ? { target: 100 } : {}) }),
      );
    }
    const big = byPlatform[`vms:${VMS_BIG}`];
    const thousand = byPlatform['vms:1000'];
    if (big !== undefined && thousand !== undefined) {
      for (const step of ['apply', 'plan'] as const) {
        const value = median(big.map((r) => r[step].ms)) / median(thousand.map((r) => r[step].ms));
        figures.push(figure({ id: `growth.${step}.vms`, measure: `${step} of ${VMS_BIG} VMS tokens / of 1000 (linear: ${VMS_BIG / 1000})`, unit: '×', runs: [value], value, target: 5.5 }));
      }
    }
  } finally {
    ws.cleanup();
    floorPackage.cleanup();
    await emulators.stop();
  }
  return figures;
}

/** The framework floor against the engine floor: what Terraform's gRPC path, the launches and the framework cost with no API. */
function frameworkFloorFigures(platform: Platform, count: number, rounds: readonly Round[]): Figure[] {
  const measured = rounds.filter((r) => r.framework !== undefined);
  if (measured.length === 0) return [];
  const what = `${count} floor_${platform === 'vms' ? 'vms_api_token' : 'openshift_authorization'} (this framework, no API)`;
  return (['apply', 'plan'] as const).map((step) => {
    const floorRuns = measured.map((r) => (step === 'apply' ? r.engineApply : r.enginePlan));
    return figure({
      id: `framework.${step}.${platform}.${count}`,
      measure: `terraform ${step === 'plan' ? 'plan (refresh)' : 'apply'}, ${what}`,
      unit: 'ms',
      runs: measured.map((r) => r.framework![step].ms),
      floor: { name: count === 1 ? 'terraform_data' : 'engine', value: median(floorRuns), runs: floorRuns },
    });
  });
}

/** The tokens against the framework floor (plus the HTTP floor for apply): the provider's own share of the gap. */
function gapToFrameworkFloor(platform: Platform, count: number, what: string, rounds: readonly Round[], framework: readonly FrameworkRun[]): Figure[] {
  const applyFloor = rounds.map((r, i) => framework[i]!.apply.ms + r.http!.ms);
  const planFloor = framework.map((f) => f.plan.ms);
  return [
    figure({
      id: `apply.${platform}.${count}.over-framework`,
      measure: `terraform apply, ${what}, against the framework floor`,
      unit: 'ms',
      runs: rounds.map((r) => r.apply.ms),
      floor: { name: `framework ${fmt(median(framework.map((f) => f.apply.ms)))} + HTTP ${fmt(median(rounds.map((r) => r.http!.ms)))}`, value: median(applyFloor), runs: applyFloor },
    }),
    figure({
      id: `plan.${platform}.${count}.over-framework`,
      measure: `terraform plan (refresh), ${what}, against the framework floor`,
      unit: 'ms',
      runs: rounds.map((r) => r.plan.ms),
      floor: { name: 'framework', value: median(planFloor), runs: planFloor },
    }),
  ];
}

/**
 * Where the CPU goes: terraform's own and the provider's, for the tokens against the framework floor
 * (terraform's own also against the engine's). On two cores, the sum bounds the wall time from below.
 */
function cpuFigures(platform: Platform, count: number, what: string, rounds: readonly Round[], framework: readonly FrameworkRun[]): Figure[] {
  return (['apply', 'plan'] as const).flatMap((step) => {
    const frameworkTerraform = framework.map((f) => f[step].terraformCpuMs);
    const frameworkProvider = framework.map((f) => f[step].providerCpuMs);
    const engine = median(rounds.map((r) => r.engineCpu[step]));
    return [
      figure({
        id: `cpu.terraform.${step}.${platform}.${count}`,
        measure: `CPU of terraform itself, ${step} of ${what}`,
        unit: 'ms',
        runs: rounds.map((r) => r[step].terraformCpuMs),
        floor: { name: `framework; engine ${fmt(engine)}`, value: median(frameworkTerraform), runs: frameworkTerraform },
      }),
      figure({
        id: `cpu.provider.${step}.${platform}.${count}`,
        measure: `CPU of the provider processes, ${step} of ${what}`,
        unit: 'ms',
        runs: rounds.map((r) => r[step].providerCpuMs),
        floor: { name: 'framework', value: median(frameworkProvider), runs: frameworkProvider },
      }),
    ];
  });
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

function fmt(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

/** Redaction cost per log line with many secrets registered, e.g. a refresh of thousands of tokens. */
function redactionFigure(): Figure {
  for (let i = 0; i < 5000; i++) registerSecret(`tok-${i}-${(i * 2654435761).toString(36)}-${'s'.repeat(20)}`);
  const line = `{"@level":"trace","@message":"Read token 4711 with value tok-4711-${(4711 * 2654435761).toString(36)}-${'s'.repeat(20)} from the list","@module":"provider.authtoken"}`;
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 20_000; i++) redact(line);
    runs.push(((performance.now() - t0) * 1000) / 20_000);
  }
  return figure({ id: 'redact.5000', measure: 'redacting one log line, 5,000 secrets registered', unit: 'µs', runs, note: 'linear in the line, not in the number of secrets' });
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  log(`authtoken bench: load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  const figures = [...(await launchFigures()), ...(await terraformFigures()), redactionFigure()];
  const loadAfter = loadavg();
  const terraformVersion = (JSON.parse(execFileSync('terraform', ['version', '-json'], { encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1' } })) as { terraform_version: string }).terraform_version;
  const meta = {
    date: new Date().toISOString(),
    command: 'npm run bench',
    node: process.version,
    terraform: terraformVersion,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', platform: `${process.platform}/${process.arch}` },
    loadAverage: { before: loadBefore, after: loadAfter },
    rounds: { launches: LAUNCHES, small: RUNS, big: BIG_RUNS },
  };
  writeResults(join(root, 'bench/results.json'), meta, figures);
  const header = `authtoken benchmark — ${meta.date}, node ${meta.node}, terraform ${meta.terraform}, ${meta.machine.cpus} × ${meta.machine.model}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after; medians of ${LAUNCHES} launches, ${RUNS} rounds (${BIG_RUNS} at N ≥ 1000)`;
  console.log(`\n${header}\n\n${textTable(figures)}\n`);
  for (const f of figures.filter((x) => x.note !== undefined)) console.log(`note (${f.id}): ${f.note}`);
  console.log(`\nwritten to bench/results.json; as Markdown:\n\n${markdownTable(figures)}\n`);
}

(process.argv.includes(EMULATORS_FLAG) ? serveEmulators() : main()).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
