// `authtoken demo` (npm run demo): the whole token scenario under the real terraform, offline, against the
// three emulators: apply tokens on the three platforms, show the outputs (tokens masked), prove the re-plan
// is empty, revoke a token out of band, catch it with a refresh-only plan (exit code 2, explained in plain
// words), heal it, destroy everything and check through the platforms that nothing is left.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulators, type RunningEmulators } from '../../emulators/start-emulators';
import { PROVIDER_SOURCE, PROVIDER_VERSION } from '../../provider/identity';
import { cliConfig, installIntoMirror } from '../filesystem-mirror';
import { builtPluginPackage } from '../plugin-package';
import { describeDrift, type RefreshOnlyPlanJson } from './drift-report';
import type { Command } from './index';

export const DEMO_CONFIG = `terraform {
  required_providers {
    authtoken = {
      source  = "${PROVIDER_SOURCE.replace('registry.terraform.io/', '')}"
      version = "${PROVIDER_VERSION}"
    }
  }
}

# The provider reads each platform's endpoint and credentials from the environment
# (ALS_*, VMS_*, OPENSHIFT_*), so no secret is written in this file.
provider "authtoken" {}

variable "gateway_secret" {
  description = "The secret the MySQL service gateway presents to the Cloud Controller."
  type        = string
  sensitive   = true
}

resource "authtoken_als_service_auth_token" "mysql" {
  label            = "mysql"
  service_provider = "core"
  token            = var.gateway_secret
}

resource "authtoken_vms_api_token" "ci" {
  name         = "ci-pipeline"
  expiry       = "180D"
  renew_before = "72h"
}

resource "authtoken_openshift_authorization" "deploy" {
  scopes       = ["session"]
  note         = "deploy pipeline"
  expires_in   = 86400
  renew_before = "2h"

  lifecycle {
    create_before_destroy = true
  }
}

output "als_token_guid" {
  value = authtoken_als_service_auth_token.mysql.id
}

output "vms_token_id" {
  value = authtoken_vms_api_token.ci.id
}

output "vms_token" {
  value     = authtoken_vms_api_token.ci.token
  sensitive = true
}

output "vms_token_expires_at" {
  value = authtoken_vms_api_token.ci.expires_at
}

output "openshift_token" {
  value     = authtoken_openshift_authorization.deploy.token
  sensitive = true
}

output "openshift_token_expires_at" {
  value = authtoken_openshift_authorization.deploy.expires_at
}
`;

export const demo: Command = {
  summary: 'the token scenario under the real terraform against the three emulators (offline)',
  async run() {
    const started = performance.now();
    const say = (line: string) => process.stdout.write(`\n==> [${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);
    const work = mkdtempSync(join(tmpdir(), 'authtoken-demo-'));
    say('Starting the ALS, VMS and OpenShift emulators on loopback');
    const emulators = await startEmulators({});
    try {
      const { als, vms, openshift } = emulators.connection;
      process.stdout.write(`    ALS ${als.api_endpoint}   VMS ${vms.endpoint}   OpenShift ${openshift.server}\n`);
      const mirror = join(work, 'mirror');
      installIntoMirror(mirror, builtPluginPackage());
      writeFileSync(join(work, 'terraform.rc'), cliConfig(mirror, [PROVIDER_SOURCE]));
      writeFileSync(join(work, 'main.tf'), DEMO_CONFIG);
      const terraform = terraformIn(work, environment(work, emulators));

      say('terraform init: the provider comes from a local filesystem mirror, no network');
      await terraform.must(['init', '-input=false']);

      say('terraform apply: one token on each platform');
      await terraform.must(['apply', '-auto-approve', '-input=false']);

      say('terraform output: the tokens themselves stay masked');
      await terraform.must(['output']);

      say('terraform plan -detailed-exitcode: nothing to do right after apply');
      await terraform.expect(['plan', '-detailed-exitcode', '-input=false'], 0, 'the plan after apply must be empty');

      const vmsId = (await terraform.capture(['output', '-raw', 'vms_token_id'])).trim();
      say(`Out of band: a VMS administrator revokes API token ${vmsId} (through the VMS, not Terraform)`);
      await emulators.vms.admin.action('revoke-api-token', { id: vmsId });

      say('terraform plan -refresh-only -detailed-exitcode: the scheduled drift check');
      const check = await terraform.run(['plan', '-refresh-only', '-detailed-exitcode', '-input=false', '-out=drift.tfplan']);
      if (check.status !== 2) throw new Error(`the drift check exited ${check.status}, expected 2 (drift)`);
      const drift = describeDrift(JSON.parse(await terraform.capture(['show', '-json', 'drift.tfplan'])) as RefreshOnlyPlanJson);
      process.stdout.write(`\n    Exit code 2: drift. In plain words:\n${drift.map((d) => `      - ${d}`).join('\n')}\n`);
      if (drift.length === 0) throw new Error('the drift check exited 2 but named no drifted token');

      say('terraform apply: heals the drift by creating a new VMS token');
      await terraform.must(['apply', '-auto-approve', '-input=false']);
      await terraform.expect(['plan', '-refresh-only', '-detailed-exitcode', '-input=false'], 0, 'the drift check after healing must be clean');
      process.stdout.write(`    VMS token ${vmsId} replaced by ${(await terraform.capture(['output', '-raw', 'vms_token_id'])).trim()}; the drift check is clean again.\n`);

      say('terraform destroy: every token revoked or deleted on its platform');
      await terraform.must(['destroy', '-auto-approve', '-input=false']);
      const left = await liveTokens(emulators);
      if (left.length > 0) throw new Error(`tokens left on the platforms after destroy: ${left.join(', ')}`);
      say('Done: nothing is left on the three platforms.');
      return 0;
    } catch (error) {
      process.stderr.write(`\nThe demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      await emulators.stop();
      rmSync(work, { recursive: true, force: true });
    }
  },
};

function environment(work: string, emulators: RunningEmulators): NodeJS.ProcessEnv {
  const { als, vms, openshift } = emulators.connection;
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TF_CLI_CONFIG_FILE: join(work, 'terraform.rc'),
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    // Credentials reach the provider from its environment, and the gateway secret as a sensitive variable: never in a file.
    ALS_API_ENDPOINT: als.api_endpoint,
    ALS_USERNAME: als.username,
    ALS_PASSWORD: als.password,
    VMS_ENDPOINT: vms.endpoint,
    VMS_USERNAME: vms.username,
    VMS_PASSWORD: vms.password,
    OPENSHIFT_SERVER: openshift.server,
    OPENSHIFT_USERNAME: openshift.username,
    OPENSHIFT_PASSWORD: openshift.password,
    TF_VAR_gateway_secret: randomBytes(18).toString('base64url'),
  };
}

/** Runs terraform asynchronously: the emulators live in this process and must keep answering meanwhile. */
function terraformIn(cwd: string, env: NodeJS.ProcessEnv) {
  const run = (args: string[], capture = false): Promise<{ status: number; stdout: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn('terraform', args, { cwd, env, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
      let stdout = '';
      child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('error', (e) => reject(new Error(`could not run terraform (is Terraform 1.11 on the PATH?): ${e.message}`)));
      child.on('close', (code) => resolve({ status: code ?? -1, stdout }));
    });
  return {
    run,
    async must(args: string[]): Promise<void> {
      const r = await run(args);
      if (r.status !== 0) throw new Error(`terraform ${args[0]} exited ${r.status}`);
    },
    async expect(args: string[], code: number, why: string): Promise<void> {
      const r = await run(args);
      if (r.status !== code) throw new Error(`terraform ${args.join(' ')} exited ${r.status}: ${why}`);
    },
    async capture(args: string[]): Promise<string> {
      const r = await run(args, true);
      if (r.status !== 0) throw new Error(`terraform ${args.join(' ')} exited ${r.status}`);
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
