// The CI pipeline example, run as GitHub Actions would run it: the workflow file is read and each job's
// `run` steps execute in bash -e against the emulators (this test is the secret store and the runner).
// The deploy job synthesizes the root cdktf.json's stack and applies it; the scheduled drift job passes
// while nothing changed, then fails with exit 2 and a summary naming the token once it was revoked out of
// band. Steps that set up the runner (checkout, setup-terraform, npm ci) are what this checkout already is.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { providerEnvironment, startEmulators, type RunningEmulators } from '../../../src/emulators';
import { requireTerraform } from '../../support/terraform-cli';
import { nothingLive } from '../../provider/vms/vms-platform';
import { listedAuthorizations } from '../../provider/openshift/openshift-terraform';
import { tokensOnPlatform } from '../../provider/als/als-terraform';
import type { TestContext } from '../../support/resource-test';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- js-yaml 3 ships no types
const yaml = require('js-yaml') as { safeLoad(text: string): unknown };

jest.setTimeout(240_000);

const root = join(__dirname, '../../..');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, { if?: string; steps: Step[] }>;
}

/** The few `${{ }}` expressions the workflow uses; anything else fails the test, to be taught here. */
function evaluate(expression: string, github: { event_name: string; ref: string }): boolean {
  const m = /^github\.(event_name|ref) (==|!=) '([^']*)'$/.exec(expression.trim());
  if (m === null) throw new Error(`the test runner does not know the condition ${JSON.stringify(expression)}`);
  const value = github[m[1] as 'event_name' | 'ref'];
  return m[2] === '==' ? value === m[3] : value !== m[3];
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    // GitHub's default shell for `run` on Linux.
    const child = spawn('bash', ['-e', '-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    // Terraform colours its output, as it does in a GitHub log.
    child.on('close', (code) => resolve({ code: code ?? -1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

let emulators: RunningEmulators;
let repo: string;
let runner: string;

beforeAll(async () => {
  requireTerraform();
  emulators = await startEmulators({ reportError: () => {} });
  // A checkout of the app: this repository's files (cdktf.json runs the all-platforms example), so the
  // workflow's relative paths, cdktf.out and drift.json land here and not in the repository.
  repo = mkdtempSync(join(tmpdir(), 'authtoken-ci-'));
  for (const f of ['package.json', 'cdktf.json']) copyFileSync(join(root, f), join(repo, f));
  for (const d of ['bin', 'dist', 'lib', 'scripts', 'examples', 'node_modules']) symlinkSync(join(root, d), join(repo, d));
  runner = join(repo, '.runner');
  mkdirSync(runner);
});

afterAll(async () => {
  await emulators?.stop();
  if (repo !== undefined) rmSync(repo, { recursive: true, force: true });
});

async function runJob(workflow: Workflow, job: string, github: { event_name: string; ref: string }): Promise<{ ran: boolean; code: number; log: string; summary: string; temp?: string }> {
  const definition = workflow.jobs[job]!;
  if (definition.if !== undefined && !evaluate(definition.if, github)) return { ran: false, code: 0, log: '', summary: '' };
  const store: Record<string, string> = providerEnvironment(emulators.connection);
  const workflowEnv = Object.fromEntries(
    Object.entries(workflow.env).map(([k, v]) => [
      k,
      String(v).replace(/\$\{\{\s*(vars|secrets)\.(\w+)\s*\}\}/g, (_, _kind: string, name: string) => {
        if (store[name] === undefined) throw new Error(`the workflow wants ${name}, which the test's store lacks`);
        return store[name]!;
      }),
    ]),
  );
  const temp = mkdtempSync(join(runner, `${job}-`));
  const githubEnv = join(temp, 'github_env');
  const summary = join(temp, 'step_summary');
  writeFileSync(githubEnv, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: temp,
    GITHUB_ENV: githubEnv,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REF: github.ref,
    // Stands in for the shared backend the workflow asks for: both jobs see one state.
    TF_CLI_ARGS_init: `-backend-config=path=${join(runner, 'tokens.tfstate')}`,
    ...workflowEnv,
  };
  let log = '';
  for (const step of definition.steps) {
    if (step.if !== undefined && !evaluate(step.if, github)) continue;
    if (step.uses !== undefined) {
      // The runner's setup: this checkout, and the terraform the workflow pins is the one on the PATH.
      if (step.uses.startsWith('hashicorp/setup-terraform')) expect(JSON.parse(requireTerraform()).terraform_version).toBe(step.with?.['terraform_version']);
      else expect(step.uses).toMatch(/^actions\/checkout@/);
      continue;
    }
    if (step.run?.trim() === 'npm ci') continue; // node_modules is this checkout's
    // Variables earlier steps appended to $GITHUB_ENV reach the later ones.
    for (const line of readFileSync(githubEnv, 'utf8').split('\n').filter(Boolean)) {
      const at = line.indexOf('=');
      env[line.slice(0, at)] = line.slice(at + 1);
    }
    const r = await bash(step.run!, repo, env);
    log += `$ ${step.name ?? step.run}\n${r.output}\n`;
    if (r.code !== 0) return { ran: true, code: r.code, log, summary: readFileSync(summary, 'utf8'), temp };
  }
  return { ran: true, code: 0, log, summary: readFileSync(summary, 'utf8'), temp };
}

test('the workflow plans on pull requests, deploys on main, and its scheduled drift check passes until a token is revoked, then fails naming it', async () => {
  const workflow = yaml.safeLoad(readFileSync(join(root, 'examples/ci/github-actions.yml'), 'utf8')) as Workflow;

  // On a pull request the deploy job plans and does not apply; the drift job does not run.
  const pullRequest = { event_name: 'pull_request', ref: 'refs/pull/7/merge' };
  expect(evaluate(workflow.jobs['deploy']!.if!, pullRequest)).toBe(true);
  expect(workflow.jobs['deploy']!.steps.filter((s) => s.if !== undefined && !evaluate(s.if, pullRequest)).map((s) => s.run)).toEqual([expect.stringMatching(/ apply /)]);
  expect(await runJob(workflow, 'drift', pullRequest)).toMatchObject({ ran: false });

  const push = await runJob(workflow, 'deploy', { event_name: 'push', ref: 'refs/heads/main' });
  expect({ code: push.code, log: push.log }).toEqual({ code: 0, log: expect.stringMatching(/Apply complete! Resources: 4 added/) });
  // Offline in one step: the lock file came from `authtoken mirror`, through ProviderLockFile.
  expect(push.log).toContain('Reusing previous version of authtoken/authtoken from the dependency lock file');
  expect(await runJob(workflow, 'deploy', { event_name: 'schedule', ref: 'refs/heads/main' })).toMatchObject({ ran: false });

  const quiet = await runJob(workflow, 'drift', { event_name: 'schedule', ref: 'refs/heads/main' });
  expect({ code: quiet.code, summary: quiet.summary }).toEqual({ code: 0, summary: 'No drift: every token is as Terraform last applied it.\n' });

  const stackDir = join(repo, workflow.env['STACK_DIR']!);
  const state = JSON.parse(readFileSync(join(runner, 'tokens.tfstate'), 'utf8')) as { outputs: Record<string, { value: string }> };
  const ci = state.outputs['ci_token_id']!.value;
  await emulators.vms.admin.action('revoke-api-token', { id: ci });
  const drifted = await runJob(workflow, 'drift', { event_name: 'schedule', ref: 'refs/heads/main' });
  expect(drifted.code).toBe(2);
  expect(drifted.summary).toMatch(new RegExp(`^Drift: 1 object changed outside Terraform\\.\\n  - authtoken_vms_api_token\\.ci: the VMS API token "ci-pipeline" \\(id ${ci}\\) is gone from its platform`));

  // Clean up as an operator would, with the state the jobs shared.
  const { connection } = emulators;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TF_CLI_CONFIG_FILE: join(drifted.temp!, 'authtoken.tfrc'),
    ...providerEnvironment(connection),
  };
  const destroyed = await bash('terraform destroy -auto-approve -input=false -no-color', stackDir, env);
  expect({ code: destroyed.code, output: destroyed.output }).toMatchObject({ code: 0 });
  const ctx = { emulators } as TestContext;
  await nothingLive(ctx);
  expect(await listedAuthorizations(ctx)).toEqual([]);
  expect(await tokensOnPlatform(ctx)).toEqual([]);
});
