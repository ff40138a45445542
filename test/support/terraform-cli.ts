// Drives the real `terraform` binary in a throw-away workspace: its own CLI config (TF_CLI_CONFIG_FILE)
// installing providers from a local filesystem mirror, no network, no user config.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cliConfig, installIntoMirror, type ProviderPackage } from '../../src/cli/filesystem-mirror';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type { ProviderPackage };

/** Fails loudly (never skips) when terraform is missing. */
export function requireTerraform(): string {
  try {
    return execFileSync('terraform', ['version', '-json'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' } });
  } catch {
    throw new Error('terraform is not on the PATH: the end-to-end tests need Terraform 1.11.4 installed (see README).');
  }
}

export class TerraformWorkspace {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;

  private constructor(
    readonly root: string,
    extraEnv: NodeJS.ProcessEnv,
  ) {
    this.dir = join(root, 'work');
    mkdirSync(this.dir, { recursive: true });
    const base: NodeJS.ProcessEnv = {};
    // Only what terraform and node need: no TF_* from the developer's shell leaks in.
    for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SystemRoot']) if (process.env[k] !== undefined) base[k] = process.env[k];
    this.env = {
      ...base,
      TF_CLI_CONFIG_FILE: join(root, 'terraform.rc'),
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      ...extraEnv,
    };
  }

  static create(providers: ProviderPackage[], extraEnv: NodeJS.ProcessEnv = {}): TerraformWorkspace {
    requireTerraform();
    const root = mkdtempSync(join(tmpdir(), 'tfws-'));
    const mirror = join(root, 'mirror');
    for (const p of providers) installIntoMirror(mirror, p);
    writeFileSync(join(root, 'terraform.rc'), cliConfig(mirror, providers.map((p) => p.source)));
    return new TerraformWorkspace(root, extraEnv);
  }

  writeConfig(hcl: string, file = 'main.tf'): void {
    writeFileSync(join(this.dir, file), hcl);
  }

  run(args: string[], options: { env?: NodeJS.ProcessEnv; onSpawn?: (pid: number) => void; cwd?: string } = {}): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('terraform', [...args], { cwd: options.cwd ?? this.dir, env: { ...this.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      if (child.pid !== undefined) options.onSpawn?.(child.pid);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  }

  /** Runs and throws with terraform's output when the exit code is not the expected one. */
  async must(args: string[], expectCode = 0, env?: NodeJS.ProcessEnv): Promise<RunResult> {
    const r = await this.run([...args, '-no-color'].filter((a) => !(a === '-no-color' && ['version'].includes(args[0]!))), { env });
    if (r.code !== expectCode) {
      throw new Error(`terraform ${args.join(' ')} exited ${r.code} (expected ${expectCode})\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
    }
    return r;
  }

  init(): Promise<RunResult> {
    return this.must(['init', '-input=false']);
  }

  apply(extra: string[] = []): Promise<RunResult> {
    return this.must(['apply', '-auto-approve', '-input=false', ...extra]);
  }

  destroy(): Promise<RunResult> {
    return this.must(['destroy', '-auto-approve', '-input=false']);
  }

  /** `terraform plan -detailed-exitcode`: 0 = no changes, 2 = changes. */
  async planExitCode(extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
    const r = await this.run(['plan', '-detailed-exitcode', '-input=false', '-no-color', ...extra]);
    if (r.code === 1) throw new Error(`terraform plan failed\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  /** The state as `terraform show -json` reports it. */
  async state(): Promise<StateJson> {
    const r = await this.must(['show', '-json']);
    return JSON.parse(r.stdout) as StateJson;
  }

  /** The raw state file, to check exactly what Terraform stored. */
  rawState(): string {
    return readFileSync(join(this.dir, 'terraform.tfstate'), 'utf8');
  }

  async output(name: string): Promise<string> {
    return (await this.must(['output', '-raw', name])).stdout;
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface StateJson {
  values?: {
    outputs?: Record<string, { value: unknown; sensitive: boolean }>;
    root_module?: { resources?: { address: string; type: string; values: Record<string, unknown>; sensitive_values?: Record<string, unknown> }[] };
  };
}

export function resourceValues(state: StateJson, address: string): Record<string, unknown> {
  const r = state.values?.root_module?.resources?.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in state`);
  return r.values;
}
