// `authtoken demo` (npm run demo): the main job, offline, on this checkout. The three emulators start, the
// provider goes into a filesystem mirror, cdktf synthesizes the all-platforms example stack (the root
// cdktf.json, built on this checkout's lib/), the real terraform applies it; the outputs are shown with the
// tokens masked, a token is revoked out of band, the drift check catches it (exit code 2, in plain words),
// an apply heals it, and destroy leaves nothing on the platforms. Each step says how long the demo has run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { startEmulators, type RunningEmulators } from '../../emulators/start-emulators';
import { providerEnvironment } from '../../emulators/connection-info';
import { hashSecret } from '../../emulators/vms/api-token-store';
import { PROVIDER_SOURCE } from '../../provider/identity';
import { driftSummary, type RefreshOnlyPlanJson } from '../drift-summary';
import { cliConfig, installIntoMirror } from '../filesystem-mirror';
import { builtPluginPackage } from '../plugin-package';
import { LOCK_FILE, writeMirrorLockFile } from '../provider-lock';
import { ShownOutput } from '../shown-output';
import type { Command } from './index';

/** The stack the root cdktf.json synthesizes (examples/apps/all-platforms). */
const STACK = 'all-platforms';

export const demo: Command = {
  summary: 'the token scenario: cdktf synth of the all-platforms example, applied by the real terraform against the emulators (offline)',
  async run() {
    const started = performance.now();
    const shown = new ShownOutput();
    const say = (line: string) => shown.stdout(`\n==> [${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);
    const tell = (line: string) => shown.stdout(`    ${line}\n`);
    const root = checkout();
    const work = mkdtempSync(join(tmpdir(), 'authtoken-demo-'));
    say('Starting the ALS, VMS and OpenShift emulators on loopback');
    const emulators = await startEmulators({});
    // The secrets of this demo: the platform credentials, and every token its state has held.
    const secrets = new Set<string>();
    let secretsChecked = false;
    try {
      const { als, vms, openshift } = emulators.connection;
      tell(`ALS ${als.api_endpoint}   VMS ${vms.endpoint}   OpenShift ${openshift.server}`);

      say('authtoken mirror: the provider into a local filesystem mirror, with its lock file');
      const mirror = join(work, 'mirror');
      const pkg = builtPluginPackage();
      const lock = writeMirrorLockFile(mirror, pkg, installIntoMirror(mirror, pkg));
      writeFileSync(join(work, 'terraform.rc'), cliConfig(mirror, [PROVIDER_SOURCE]));
      tell(`${relative(work, lock)} pins ${pkg.source} ${pkg.version}; terraform.rc installs it from ${relative(work, mirror)}/ with no registry`);
      const env = environment(work, mirror, emulators);
      for (const password of [als.password, vms.password, openshift.password]) secrets.add(password);

      say('cdktf synth: the all-platforms example stack, from this checkout\'s lib/ (cdktf.json)');
      const outdir = join(work, 'cdktf.out');
      mkdirSync(outdir);
      const synth = await run(join(root, 'node_modules/.bin/cdktf'), ['synth', '--output', outdir], { cwd: root, env, capture: true });
      if (synth.status !== 0) throw new Error(`cdktf synth exited ${synth.status}:\n${synth.stdout}`);
      const stackDir = join(outdir, 'stacks', STACK);
      tell(describeStack(JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8')) as SynthesizedStack));
      if (!existsSync(join(stackDir, LOCK_FILE))) throw new Error(`ProviderLockFile did not put ${LOCK_FILE} into ${stackDir}`);
      tell(`${relative(work, stackDir)}/${LOCK_FILE}: copied by ProviderLockFile from the mirror`);
      const terraform = terraformIn(stackDir, env, shown);
      const rememberStateTokens = async () => {
        for (const token of stateTokens(await terraform.capture(['show', '-json']))) secrets.add(token);
      };

      say('terraform init: the provider from the mirror, as the lock file pins it; no network');
      // The stack's local backend names a state file in the directory cdktf ran from (this checkout): the
      // demo keeps its state in its own directory instead.
      await terraform.must(['init', '-input=false', `-backend-config=path=${join(work, 'terraform.tfstate')}`]);

      say('terraform apply: a rotating VMS token, one OpenShift token per team, an ALS secret from an ephemeral VMS token');
      await terraform.must(['apply', '-auto-approve', '-input=false']);

      await rememberStateTokens();

      say('terraform output: the tokens themselves stay masked');
      await terraform.must(['output']);

      say('terraform plan -detailed-exitcode: nothing to do right after apply');
      await terraform.expect(['plan', '-detailed-exitcode', '-input=false'], 0, 'the plan after apply must be empty');

      const ciId = (await terraform.capture(['output', '-raw', 'ci_token_id'])).trim();
      say(`Out of band: a VMS administrator revokes the CI pipeline's API token ${ciId} (through the VMS, not Terraform)`);
      await emulators.vms.admin.action('revoke-api-token', { id: ciId });

      say('terraform plan -refresh-only -detailed-exitcode: the scheduled drift check');
      const check = await terraform.run(['plan', '-refresh-only', '-detailed-exitcode', '-input=false', '-out=drift.tfplan']);
      if (check.status !== 2) throw new Error(`the drift check exited ${check.status}, expected 2 (drift)`);
      const drift = driftSummary(JSON.parse(await terraform.capture(['show', '-json', 'drift.tfplan'])) as RefreshOnlyPlanJson);
      if (!drift.drifted) throw new Error('the drift check exited 2 but the plan names no drifted token');
      shown.stdout(`\n    Exit code 2 means drift. In plain words (authtoken drift-report):\n${drift.text.replace(/^/gm, '      ')}\n`);

      say('terraform apply: heals the drift with a new CI token; the drift check is clean again');
      await terraform.must(['apply', '-auto-approve', '-input=false']);
      await terraform.expect(['plan', '-refresh-only', '-detailed-exitcode', '-input=false'], 0, 'the drift check after healing must be clean');
      await rememberStateTokens();
      tell(`VMS token ${ciId} replaced by ${(await terraform.capture(['output', '-raw', 'ci_token_id'])).trim()}; refresh-only plan: exit code 0`);

      say('terraform destroy: every token revoked or deleted on its platform');
      await terraform.must(['destroy', '-auto-approve', '-input=false']);
      const left = await liveTokens(emulators);
      if (left.length > 0) throw new Error(`tokens left on the platforms after destroy: ${left.join(', ')}`);
      say('Secrets check: every line above, terraform\'s included, against the credentials, the tokens the state held and every token the VMS issued');
      secretsChecked = true;
      const shownSecrets = await secretsShown(shown, secrets, emulators);
      if (shownSecrets.leaked > 0) throw new Error(`${shownSecrets.leaked} of the demo's ${secrets.size} secret values appear in its output`);
      if (shownSecrets.vmsLeaked > 0) throw new Error(`${shownSecrets.vmsLeaked} of the ${shownSecrets.vmsIssued} API tokens the VMS issued appear in the demo's output`);
      tell(`none of the ${secrets.size} secret values appears in the output, nor any of the ${shownSecrets.vmsIssued} API tokens the VMS issued (the ephemeral ones included)`);
      say('Done: nothing is left on the three platforms.');
      return 0;
    } catch (error) {
      shown.stderr(`\nThe demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
      // A failure's output (terraform's errors above all) is where a secret would most likely show.
      // Unless the check itself is what failed: its error says what it found.
      const check = secretsChecked ? undefined : await secretsShown(shown, secrets, emulators).catch(() => undefined);
      if (check !== undefined && check.leaked + check.vmsLeaked > 0) {
        shown.stderr(`And ${check.leaked} of its ${secrets.size} secret values and ${check.vmsLeaked} of the ${check.vmsIssued} API tokens the VMS issued appear in its output.\n`);
      }
      return 1;
    } finally {
      await emulators.stop();
      rmSync(work, { recursive: true, force: true });
    }
  },
};

/** The repository the demo runs in: it synthesizes the examples and uses the cdktf CLI installed there. */
function checkout(): string {
  // Bundled into dist/cli/authtoken.js.
  const root = resolve(__dirname, '../..');
  for (const needed of ['cdktf.json', 'examples/apps/all-platforms/main.ts', 'node_modules/.bin/cdktf']) {
    if (!existsSync(join(root, needed))) throw new Error(`the demo runs in a checkout of authtoken after npm ci: ${join(root, needed)} is missing`);
  }
  return root;
}

function environment(work: string, mirror: string, emulators: RunningEmulators): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TF_CLI_CONFIG_FILE: join(work, 'terraform.rc'),
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    // Colours for a terminal only: piped into a file or a CI log, escape codes are noise.
    ...(process.stdout.isTTY ? {} : { TF_CLI_ARGS: '-no-color' }),
    // cdktf: no version check, no prompts or spinners; ProviderLockFile reads the mirror from here.
    DISABLE_VERSION_CHECK: '1',
    CI: '1',
    AUTHTOKEN_MIRROR: mirror,
    // Credentials reach the provider from its environment, never through the stack: nothing secret is in cdk.tf.json.
    ...providerEnvironment(emulators.connection),
  };
}

interface SynthesizedStack {
  resource?: Record<string, Record<string, { for_each?: Record<string, unknown> }>>;
  ephemeral?: Record<string, Record<string, unknown>>;
  output?: Record<string, { sensitive?: boolean }>;
}

/** One line saying what the synthesized stack holds. */
function describeStack(json: SynthesizedStack): string {
  const resources = Object.entries(json.resource ?? {}).flatMap(([type, byName]) =>
    Object.entries(byName).map(([name, r]) => `${type}.${name}${r.for_each === undefined ? '' : ` (×${Object.keys(r.for_each).length})`}`),
  );
  const ephemeral = Object.entries(json.ephemeral ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `ephemeral.${type}.${name}`));
  const outputs = Object.entries(json.output ?? {});
  const sensitive = outputs.filter(([, o]) => o.sensitive === true).length;
  return `cdk.tf.json: ${[...resources, ...ephemeral].join(', ')}; ${outputs.length} outputs, ${sensitive} of them sensitive`;
}

/**
 * Runs a program asynchronously: the emulators live in this process and must keep answering meanwhile.
 * Its output is shown (and kept in `shown`), or only captured and returned.
 */
function run(program: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; capture?: boolean; shown?: ShownOutput }): Promise<{ status: number; stdout: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const shown = options.capture ? undefined : options.shown;
    child.stdout.on('data', (d: Buffer) => (shown ? shown.stdout(d.toString()) : (stdout += d.toString())));
    child.stderr.on('data', (d: Buffer) => (shown ? shown.stderr(d.toString()) : (stdout += d.toString())));
    child.on('error', (e) => reject(new Error(`could not run ${program}: ${e.message}`)));
    child.on('close', (code) => resolvePromise({ status: code ?? -1, stdout }));
  });
}

/**
 * Which secrets the demo showed: of `secrets`, and of the API tokens the VMS issued, which it keeps as
 * digests only; these include the ephemeral tokens (the ALS secret among them), which no state holds.
 */
async function secretsShown(shown: ShownOutput, secrets: Set<string>, emulators: RunningEmulators): Promise<{ leaked: number; vmsIssued: number; vmsLeaked: number }> {
  const vms = (await emulators.vms.admin.state()) as { apiTokens?: Record<string, { id: string; secret_sha256: string }> };
  const issued = Object.values(vms.apiTokens ?? {});
  // A VMS API token reads `<id>.<secret>`.
  const vmsLeaked = issued.filter((t) => shown.shownAfter(`${t.id}.`, (secret) => hashSecret(secret) === t.secret_sha256)).length;
  return { leaked: shown.leaked(secrets), vmsIssued: issued.length, vmsLeaked };
}

/** The value of every `token` attribute in `terraform show -json` (sensitive values included there). */
function stateTokens(showJson: string): string[] {
  const tokens: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'token' && typeof inner === 'string') tokens.push(inner);
      else walk(inner);
    }
  };
  walk(JSON.parse(showJson));
  return tokens;
}

function terraformIn(cwd: string, env: NodeJS.ProcessEnv, shown: ShownOutput) {
  const tf = (args: string[], capture = false) =>
    run('terraform', args, { cwd, env, capture, shown }).catch((e: Error) => {
      throw new Error(`${e.message} (is Terraform 1.11 on the PATH?)`);
    });
  return {
    run: (args: string[]) => tf(args),
    async must(args: string[]): Promise<void> {
      const r = await tf(args);
      if (r.status !== 0) throw new Error(`terraform ${args[0]} exited ${r.status}`);
    },
    async expect(args: string[], code: number, why: string): Promise<void> {
      const r = await tf(args);
      if (r.status !== code) throw new Error(`terraform ${args.join(' ')} exited ${r.status}: ${why}`);
    },
    async capture(args: string[]): Promise<string> {
      const r = await tf(args, true);
      if (r.status !== 0) throw new Error(`terraform ${args.join(' ')} exited ${r.status}:\n${r.stdout}`);
      return r.stdout;
    },
  };
}

/** What is still live on the platforms, read through the emulators' admin API. */
async function liveTokens(emulators: RunningEmulators): Promise<string[]> {
  const als = (await emulators.als.admin.state()) as { serviceAuthTokens?: Record<string, unknown> };
  const vms = (await emulators.vms.admin.state()) as { apiTokens?: Record<string, { revoked?: boolean }> };
  const openshift = (await emulators.openshift.admin.state()) as { authorizations?: Record<string, { revoked_at?: string | null }> };
  return [
    ...Object.keys(als.serviceAuthTokens ?? {}).map((id) => `ALS ${id}`),
    ...Object.entries(vms.apiTokens ?? {})
      .filter(([, t]) => t.revoked !== true)
      .map(([id]) => `VMS ${id}`),
    ...Object.entries(openshift.authorizations ?? {})
      .filter(([, a]) => (a.revoked_at ?? null) === null)
      .map(([id]) => `OpenShift ${id}`),
  ];
}
