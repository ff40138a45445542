// Resource tests in terraform-plugin-testing's shape: a list of steps (config, then checks) run with the
// real terraform against the emulators. The harness itself holds Terraform's invariants, so no test can
// forget them:
//   - after every apply, `plan -detailed-exitcode` is empty and `plan -refresh-only -detailed-exitcode`
//     exits 0 (no spurious diff, no flapping drift);
//   - every apply goes through a saved plan file (`plan -out`, then `apply tfplan`), so the plan Terraform
//     makes again at apply must agree with the one shown;
//   - planned actions can be asserted per address (`planChecks`);
//   - an import step imports into a fresh state and compares every attribute with the applied one;
//   - at the end everything is destroyed, the re-plan after destroy is empty, and `checkDestroy` asks the
//     platform (through its API) that nothing is left.
// Every terraform output is kept (`ctx.transcript`) for secret scans.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerEnvironment, startEmulators, type RunningEmulators, type StartEmulatorsOptions } from '../../src/emulators';
import { AUTHTOKEN_HEADER, authtokenPackage } from './authtoken-package';
import { resourceValues, TerraformWorkspace, type RunResult, type StateJson } from './terraform-cli';

export type PlannedAction = 'create' | 'update' | 'replace' | 'delete' | 'no-op' | 'read';

export interface TestContext {
  readonly ws: TerraformWorkspace;
  readonly emulators: RunningEmulators;
  /** Every command's stdout and stderr so far, in order. */
  readonly transcript: string[];
  /** `terraform show -json` of the current state. */
  state(): Promise<StateJson>;
  /** The attributes of one resource in the current state. */
  values(address: string): Promise<Record<string, unknown>>;
  /** Runs terraform in the workspace, recording the output; throws unless it exits with `expectCode`. */
  terraform(args: string[], expectCode?: number): Promise<RunResult>;
}

export interface Step {
  /** What the step proves, for failure messages. */
  readonly name: string;
  /** Runs before anything else in the step: out-of-band changes on the platform, clock moves. */
  readonly preConfig?: (ctx: TestContext) => Promise<void>;
  /** The configuration (without the terraform block, which the harness adds). Kept from the previous step when absent. */
  readonly config?: string;
  /**
   * Instead of `config`: a whole configuration in Terraform's JSON syntax, terraform block included, as
   * `cdktf synth` writes it (cdk.tf.json). Written as main.tf.json.
   */
  readonly configJson?: Record<string, unknown>;
  /** Expected action per resource address in the plan of this step. */
  readonly planChecks?: Readonly<Record<string, PlannedAction>>;
  /** The plan or apply must fail with output matching this; nothing else is checked. */
  readonly expectError?: RegExp;
  /** Only plan (with planChecks); do not apply. */
  readonly planOnly?: boolean;
  /** `plan -refresh-only -detailed-exitcode` must exit with this (2 = drift); then stop (no apply). */
  readonly refreshOnlyExitCode?: 0 | 2;
  /** Import `address` with the id into a fresh state, then compare with this workspace's state. */
  readonly importState?: {
    readonly address: string;
    readonly id: string | ((ctx: TestContext) => Promise<string>);
    /** Attributes that cannot be recovered by import (an unreadable secret): not compared. */
    readonly ignore?: readonly string[];
  };
  /** Runs after the step's commands succeeded; `result` is the apply (or plan, or refresh-only) output. */
  readonly check?: (ctx: TestContext, result: RunResult) => Promise<void>;
}

export interface ResourceTestOptions {
  readonly steps: readonly Step[];
  /** Asked after the final destroy: throw if anything is left on the platform. */
  readonly checkDestroy?: (ctx: TestContext) => Promise<void>;
  /**
   * Extra environment for terraform (e.g. TF_LOG). Provider credentials come from the emulators; a function
   * is given the running emulators (to put proxies in front of them, say) and may replace those too.
   */
  readonly env?: NodeJS.ProcessEnv | ((emulators: RunningEmulators) => NodeJS.ProcessEnv | Promise<NodeJS.ProcessEnv>);
  readonly emulators?: StartEmulatorsOptions;
  /** Runs once the emulators are up, before the first step (extra users, raised limits). */
  readonly setup?: (ctx: TestContext) => Promise<void>;
}

/** The provider's environment-variable configuration for the three emulators (admin users). */
export function emulatorEnvironment(emulators: RunningEmulators): NodeJS.ProcessEnv {
  return providerEnvironment(emulators.connection);
}

export async function resourceTest(options: ResourceTestOptions): Promise<TestContext> {
  const emulators = await startEmulators({ reportError: () => {}, ...options.emulators });
  const extra = typeof options.env === 'function' ? await options.env(emulators) : options.env;
  const ws = TerraformWorkspace.create([await authtokenPackage()], { ...emulatorEnvironment(emulators), ...extra });
  const transcript: string[] = [];
  const terraform = async (args: string[], expectCode = 0, dir?: string): Promise<RunResult> => {
    const r = await ws.run([...args, '-no-color'], dir === undefined ? {} : { cwd: dir });
    transcript.push(`$ terraform ${args.join(' ')} (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
    if (r.code !== expectCode) throw new Error(`terraform ${args.join(' ')} exited ${r.code} (expected ${expectCode})\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
    return r;
  };
  const ctx: TestContext = {
    ws,
    emulators,
    transcript,
    state: async () => JSON.parse((await terraform(['show', '-json'])).stdout) as StateJson,
    values: async (address) => resourceValues(await ctx.state(), address),
    terraform: (args, expectCode) => terraform(args, expectCode),
  };
  let config: Config | undefined;
  // Destroy runs with the last configuration that applied: a step that expected an error may have left
  // one Terraform cannot even load.
  let applied: Config | undefined;
  let failed = false;
  try {
    await options.setup?.(ctx);
    let initialised = false;
    for (const [index, step] of options.steps.entries()) {
      const label = `step ${index + 1} (${step.name})`;
      try {
        await step.preConfig?.(ctx);
        const next = step.configJson !== undefined ? ({ json: step.configJson } as const) : step.config !== undefined ? ({ hcl: step.config } as const) : undefined;
        if (next !== undefined) {
          config = next;
          writeConfig(ws, config);
        }
        if (!initialised) {
          await terraform(['init', '-input=false']);
          initialised = true;
        }
        await runStep(ctx, step, terraform);
        if (step.expectError === undefined) applied = config;
      } catch (error) {
        throw prefixed(error, label);
      }
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    try {
      if (config !== undefined) {
        // (none at all when every step expected an error: then nothing exists, and an empty one will do).
        if (applied !== config) writeConfig(ws, applied ?? { hcl: '' });
        // After a failed step the clean-up is best effort: its own failure must not hide the step's.
        await terraform(['destroy', '-auto-approve', '-input=false']).catch((error: unknown) => {
          if (!failed) throw error;
        });
        const after = await ws.run(['plan', '-destroy', '-detailed-exitcode', '-input=false', '-no-color']);
        if (!failed && after.code !== 0) throw new Error(`the plan after destroy is not empty (exit ${after.code}):\n${after.stdout}\n${after.stderr}`);
        if (!failed) await options.checkDestroy?.(ctx);
      }
    } finally {
      await emulators.stop();
      ws.cleanup();
    }
  }
  return ctx;
}

type Config = { readonly hcl: string } | { readonly json: Record<string, unknown> };

function writeConfig(ws: TerraformWorkspace, config: Config): void {
  rmSync(join(ws.dir, 'main.tf'), { force: true });
  rmSync(join(ws.dir, 'main.tf.json'), { force: true });
  if ('json' in config) ws.writeConfig(JSON.stringify(config.json, null, 2), 'main.tf.json');
  else ws.writeConfig(AUTHTOKEN_HEADER + config.hcl);
}

async function runStep(ctx: TestContext, step: Step, terraform: (args: string[], code?: number, dir?: string) => Promise<RunResult>): Promise<void> {
  if (step.importState !== undefined) {
    await importVerify(ctx, step.importState, terraform);
    return;
  }
  if (step.refreshOnlyExitCode !== undefined) {
    const r = await terraform(['plan', '-refresh-only', '-detailed-exitcode', '-input=false'], step.refreshOnlyExitCode);
    await step.check?.(ctx, r);
    return;
  }
  const planArgs = ['plan', '-input=false', '-out=tfplan'];
  if (step.expectError !== undefined) {
    const plan = await ctx.ws.run([...planArgs, '-no-color']);
    ctx.transcript.push(`$ terraform ${planArgs.join(' ')} (exit ${plan.code})\n${plan.stdout}\n${plan.stderr}`);
    let result = plan;
    if (plan.code === 0) {
      result = await ctx.ws.run(['apply', '-input=false', '-no-color', 'tfplan']);
      ctx.transcript.push(`$ terraform apply tfplan (exit ${result.code})\n${result.stdout}\n${result.stderr}`);
    }
    if (result.code === 0) throw new Error(`expected an error matching ${step.expectError}, but plan and apply succeeded:\n${result.stdout}`);
    const output = `${result.stdout}\n${result.stderr}`;
    if (!step.expectError.test(output)) throw new Error(`expected an error matching ${step.expectError}, got:\n${output}`);
    await step.check?.(ctx, result);
    return;
  }
  const plan = await terraform(planArgs);
  if (step.planChecks !== undefined) {
    const shown = JSON.parse((await terraform(['show', '-json', 'tfplan'])).stdout) as PlanJson;
    for (const [address, expected] of Object.entries(step.planChecks)) {
      const change = shown.resource_changes?.find((c) => c.address === address);
      const actual = change === undefined ? 'absent' : actionOf(change.change.actions);
      if (actual !== expected) throw new Error(`planned action for ${address} is ${actual}, expected ${expected}\n${plan.stdout}`);
    }
  }
  if (step.planOnly) {
    await step.check?.(ctx, plan);
    return;
  }
  const applied = await terraform(['apply', '-input=false', 'tfplan']);
  // The invariants every apply must leave behind.
  const replan = await ctx.ws.run(['plan', '-detailed-exitcode', '-input=false', '-no-color']);
  ctx.transcript.push(`$ terraform plan -detailed-exitcode (exit ${replan.code})\n${replan.stdout}\n${replan.stderr}`);
  if (replan.code !== 0) throw new Error(`the plan after apply is not empty (exit ${replan.code}):\n${replan.stdout}\n${replan.stderr}`);
  await terraform(['plan', '-refresh-only', '-detailed-exitcode', '-input=false'], 0);
  await step.check?.(ctx, applied);
}

async function importVerify(ctx: TestContext, spec: NonNullable<Step['importState']>, terraform: (args: string[], code?: number, dir?: string) => Promise<RunResult>): Promise<void> {
  const id = typeof spec.id === 'string' ? spec.id : await spec.id(ctx);
  const dir = join(ctx.ws.root, `import-${Date.now()}`);
  mkdirSync(dir);
  try {
    for (const file of ['main.tf', 'main.tf.json']) if (existsSync(join(ctx.ws.dir, file))) writeFileSync(join(dir, file), readFileSync(join(ctx.ws.dir, file)));
    await terraform(['init', '-input=false'], 0, dir);
    await terraform(['import', '-input=false', spec.address, id], 0, dir);
    const imported = resourceValues(JSON.parse((await terraform(['show', '-json'], 0, dir)).stdout) as StateJson, spec.address);
    const applied = await ctx.values(spec.address);
    const ignore = new Set(spec.ignore ?? []);
    const differing = Object.keys({ ...applied, ...imported })
      .filter((k) => !ignore.has(k))
      .filter((k) => JSON.stringify(imported[k] ?? null) !== JSON.stringify(applied[k] ?? null));
    if (differing.length > 0) {
      const show = (v: Record<string, unknown>) => JSON.stringify(Object.fromEntries(differing.map((k) => [k, v[k] ?? null])));
      throw new Error(`import of ${spec.address} (${id}) differs from the applied state in ${differing.join(', ')}:\n  imported ${show(imported)}\n  applied  ${show(applied)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PlanJson {
  resource_changes?: { address: string; change: { actions: string[] } }[];
}

function actionOf(actions: string[]): PlannedAction | string {
  const a = actions.join(',');
  if (a === 'delete,create' || a === 'create,delete') return 'replace';
  return a;
}

function prefixed(error: unknown, label: string): Error {
  if (error instanceof Error) {
    error.message = `${label}: ${error.message}`;
    return error;
  }
  return new Error(`${label}: ${String(error)}`);
}
