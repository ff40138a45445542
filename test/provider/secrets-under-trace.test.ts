// A full run at TF_LOG=trace — the three resources, the four data sources and both ephemeral resources (one
// feeding a write-only attribute, one configuring a second provider block), import, drift, refresh and
// destroy — whose log, every plan/apply output and every diagnostic contain none of the secrets involved.
// The secrets are collected from the platforms themselves: the provider talks to each emulator through a
// proxy that records every credential and token value crossing it, ephemeral ones included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulators, type RunningEmulators } from '../../src/emulators';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../support/authtoken-package';
import { savedPlanEntries } from '../support/saved-plan-file';
import { startSecretRecordingProxy, type SecretRecordingProxy } from '../support/secret-recording-proxy';
import { TerraformWorkspace, type RunResult } from '../support/terraform-cli';

jest.setTimeout(300_000);

const GATEWAY_SECRET = `gw-${Math.random().toString(36).slice(2)}-secret`;
const ROTATED_SECRET_NOTE = 'written by the ephemeral VMS token';

const CONFIG = `
variable "gateway_secret" {
  type      = string
  sensitive = true
}

resource "authtoken_als_service_auth_token" "mysql" {
  label = "mysql"
  token = var.gateway_secret
}

resource "authtoken_vms_api_token" "ci" {
  name         = "ci"
  expiry       = "30D"
  renew_before = "24h"
}

resource "authtoken_openshift_authorization" "deploy" {
  scopes = ["session"]
  note   = "deploy"
}

ephemeral "authtoken_vms_api_token" "run" {
  name   = "one-run"
  expiry = "1D"
}

# The ephemeral VMS token becomes a gateway secret: write-only, never stored.
resource "authtoken_als_service_auth_token" "rotated" {
  label            = "redis"
  token_wo         = ephemeral.authtoken_vms_api_token.run.token
  token_wo_version = 1
}

ephemeral "authtoken_openshift_authorization" "session" {
  scopes     = ["session"]
  note       = "${ROTATED_SECRET_NOTE}"
  expires_in = 3600
}

# A second provider block that authenticates to OpenShift with the ephemeral token alone.
provider "authtoken" {
  alias = "as_session"
  openshift {
    server   = var.openshift_server
    token    = ephemeral.authtoken_openshift_authorization.session.token
    username = "nobody"
    password = "not-the-password"
  }
}

variable "openshift_server" {
  type = string
}

data "authtoken_openshift_authorizations" "mine" {
  provider = authtoken.as_session
}

data "authtoken_als_service_auth_tokens" "all" {
  depends_on = [authtoken_als_service_auth_token.mysql]
}

data "authtoken_vms_api_tokens" "all" {
  depends_on = [authtoken_vms_api_token.ci]
}

data "authtoken_openshift_scopes" "all" {}

output "vms_token" {
  value     = authtoken_vms_api_token.ci.token
  sensitive = true
}
`;

let emulators: RunningEmulators;
let proxies: SecretRecordingProxy[];
let ws: TerraformWorkspace;
const outputs: string[] = [];

async function tf(args: string[], expectCode = 0): Promise<RunResult> {
  const r = await ws.run([...args, '-no-color']);
  outputs.push(`$ terraform ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  if (r.code !== expectCode) throw new Error(`terraform ${args.join(' ')} exited ${r.code}, expected ${expectCode}\n${r.stdout}\n${r.stderr}`);
  return r;
}

beforeAll(async () => {
  emulators = await startEmulators({ reportError: () => {} });
  proxies = await Promise.all([emulators.als.baseUrl, emulators.vms.baseUrl, emulators.openshift.baseUrl].map(startSecretRecordingProxy));
  const [als, vms, openshift] = proxies as [SecretRecordingProxy, SecretRecordingProxy, SecretRecordingProxy];
  const c = emulators.connection;
  ws = TerraformWorkspace.create([await authtokenPackage()], {
    TF_LOG: 'trace',
    TF_LOG_PATH: 'trace.log',
    ALS_API_ENDPOINT: als.url,
    ALS_USERNAME: c.als.username,
    ALS_PASSWORD: c.als.password,
    VMS_ENDPOINT: vms.url,
    VMS_USERNAME: c.vms.username,
    VMS_PASSWORD: c.vms.password,
    OPENSHIFT_SERVER: openshift.url,
    OPENSHIFT_USERNAME: c.openshift.username,
    OPENSHIFT_PASSWORD: c.openshift.password,
    TF_VAR_gateway_secret: GATEWAY_SECRET,
    TF_VAR_openshift_server: openshift.url,
  });
  ws.writeConfig(AUTHTOKEN_HEADER + CONFIG);
});

afterAll(async () => {
  ws?.cleanup();
  await Promise.all((proxies ?? []).map((p) => p.stop()));
  await emulators?.stop();
});

test('no token or credential reaches the trace log, any output or any diagnostic', async () => {
  await tf(['init', '-input=false']);
  await tf(['plan', '-input=false', '-out=tfplan']);
  const planFile = savedPlanEntries(join(ws.dir, 'tfplan'));
  await tf(['apply', '-input=false', 'tfplan']);
  await tf(['output']);
  await tf(['plan', '-detailed-exitcode', '-input=false'], 0);
  await tf(['plan', '-refresh-only', '-detailed-exitcode', '-input=false'], 0);
  const stateAfterApply = ws.rawState();

  // Import into a second address, drift, a diagnostic that quotes a platform's error, and destroy.
  const vmsId = ((await ws.state()).values?.root_module?.resources?.find((r) => r.address === 'authtoken_vms_api_token.ci')?.values['id'] ?? '') as string;
  await tf(['state', 'rm', 'authtoken_vms_api_token.ci']);
  await tf(['import', '-input=false', 'authtoken_vms_api_token.ci', vmsId]);
  await emulators.vms.admin.action('revoke-api-token', { id: vmsId });
  await tf(['plan', '-refresh-only', '-detailed-exitcode', '-input=false'], 2);
  await emulators.als.admin.addFault({ effect: 'status', status: 503, method: 'PUT', times: 20 });
  ws.writeConfig(AUTHTOKEN_HEADER + CONFIG.replace('token_wo_version = 1', 'token_wo_version = 2'));
  await tf(['apply', '-auto-approve', '-input=false'], 1);
  await emulators.als.admin.clearFaults();
  await tf(['apply', '-auto-approve', '-input=false']);
  await tf(['destroy', '-auto-approve', '-input=false']);

  const secrets = new Set<string>([GATEWAY_SECRET, emulators.connection.als.password, emulators.connection.vms.password, emulators.connection.openshift.password]);
  for (const p of proxies) for (const s of p.secrets) secrets.add(s);
  // Enough secrets seen to make the scan mean something: passwords, bearer tokens, JWTs, API tokens, authorizations.
  expect(secrets.size).toBeGreaterThanOrEqual(10);

  const log = readFileSync(join(ws.dir, 'trace.log'), 'utf8');
  expect(log).toMatch(/provider\.terraform-provider-authtoken/); // the provider's own lines are in it
  expect(log.length).toBeGreaterThan(100_000);
  const haystacks: [string, string][] = [['trace log', log], ['terraform output', outputs.join('\n')]];
  // Terraform stores input variables in a saved plan by design (the gateway secret is one); nothing else may be there.
  for (const [name, data] of planFile) haystacks.push([`saved plan entry ${name}`, data.toString('utf8')]);
  const leaks = [...secrets].flatMap((secret) =>
    haystacks.filter(([where, text]) => text.includes(secret) && !(secret === GATEWAY_SECRET && where.startsWith('saved plan'))).map(([where]) => `${where} holds a secret of ${secret.length} characters starting ${secret.slice(0, 3)}…`));
  process.stdout.write(`secrets-under-trace: ${secrets.size} secrets searched in ${haystacks.length} texts (${Math.round(log.length / 1024)} KiB of trace log): ${leaks.length} leaks\n`);
  expect(leaks).toEqual([]);

  // The state file holds the managed tokens it must (sensitive, as Terraform stores them) and nothing
  // else secret: no credential, no write-only secret, no ephemeral token.
  const state = JSON.parse(stateAfterApply) as { resources: { mode: string; instances: { attributes: Record<string, unknown> }[] }[] };
  const stored = new Set(state.resources.filter((r) => r.mode === 'managed').flatMap((r) => r.instances.map((i) => i.attributes['token'])).filter((t): t is string => typeof t === 'string'));
  const inState = [...secrets].filter((secret) => stateAfterApply.includes(secret) && ![...stored].some((t) => t.includes(secret)));
  expect(inState.map((s) => `${s.length} characters starting ${s.slice(0, 3)}…`)).toEqual([]);
});
