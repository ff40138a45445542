// A full run at TF_LOG=trace — the three resources, the four data sources and both ephemeral resources (one
// feeding a write-only attribute, one configuring a second provider block), import, drift, refresh and
// destroy — whose log, every plan/apply output and every diagnostic contain none of the secrets involved.
// The secrets are collected from the platforms themselves: the provider talks to each emulator through a
// proxy that records every credential and token value crossing it, ephemeral ones included. The first apply
// meets lost create answers (adoption and revocation warnings), and a later one a taken ALS label (an error
// naming the guid). Every state snapshot is checked too: it holds the managed tokens it must and nothing
// else secret — no credential, no write-only or ephemeral token — and the private state of every resource
// instance (base64 in the file, so a plain search would miss it) holds no secret at all.
// The example CDKTF stacks, synthesized with the run's credentials and variables in the environment, are
// scanned as well (test/support/synthesized-stacks.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulators, type RunningEmulators } from '../../src/emulators';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../support/authtoken-package';
import { savedPlanEntries } from '../support/saved-plan-file';
import { startSecretRecordingProxy, type SecretRecordingProxy } from '../support/secret-recording-proxy';
import { synthesizedStacks } from '../support/synthesized-stacks';
import { TerraformWorkspace, type RunResult } from '../support/terraform-cli';

jest.setTimeout(300_000);

const GATEWAY_SECRET = `gw-${Math.random().toString(36).slice(2)}-secret`;
const ROTATED_SECRET_NOTE = 'written by the ephemeral VMS token';
/** The secret of an ALS token someone else made, whose label a resource then asks for. */
const OTHER_SECRET = `other-${Math.random().toString(36).slice(2)}-secret`;

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
  const snapshots: [string, string][] = [];
  const snapshot = (when: string) => snapshots.push([`state ${when}`, ws.rawState()]);
  await tf(['init', '-input=false']);
  // The first creates lose their answers: the warnings about adopting and revoking are scanned too.
  await emulators.vms.admin.addFault({ effect: 'lose-answer', method: 'POST', route: '/api/:version/apitokens/', times: 1 });
  await emulators.openshift.admin.addFault({ effect: 'lose-answer', method: 'POST', route: '/broker/rest/user/authorizations', times: 1 });
  await tf(['plan', '-input=false', '-out=tfplan']);
  const planFile = savedPlanEntries(join(ws.dir, 'tfplan'));
  await tf(['apply', '-input=false', 'tfplan']);
  await tf(['output']);
  await tf(['plan', '-detailed-exitcode', '-input=false'], 0);
  await tf(['plan', '-refresh-only', '-detailed-exitcode', '-input=false'], 0);
  const stateAfterApply = ws.rawState();
  snapshot('after the first apply');
  expect(outputs.join('\n')).toMatch(/Revoked a VMS API Token Whose Create Answer Was Lost/);
  expect(outputs.join('\n')).toMatch(/Adopted the OpenShift authorization a Lost Request Created/);

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
  snapshot('after the rotation');
  // A label another token holds: the error names that token's guid (and must name nothing secret).
  await emulators.als.admin.action('seed-service-auth-tokens', { tokens: [{ label: 'postgres', provider: 'core', token: OTHER_SECRET }] });
  ws.writeConfig(AUTHTOKEN_HEADER + CONFIG.replace('token_wo_version = 1', 'token_wo_version = 2') + TAKEN_LABEL);
  const taken = await tf(['apply', '-auto-approve', '-input=false'], 1);
  expect(taken.stdout + taken.stderr).toMatch(/Service Auth Token Already Exists/);
  ws.writeConfig(AUTHTOKEN_HEADER + CONFIG.replace('token_wo_version = 1', 'token_wo_version = 2'));
  snapshot('after the refused create');
  await tf(['destroy', '-auto-approve', '-input=false']);
  snapshot('after destroy');
  snapshots.push(['state backup', readFileSync(join(ws.dir, 'terraform.tfstate.backup'), 'utf8')]);

  const secrets = new Set<string>([GATEWAY_SECRET, OTHER_SECRET, emulators.connection.als.password, emulators.connection.vms.password, emulators.connection.openshift.password]);
  for (const p of proxies) for (const s of p.secrets) secrets.add(s);
  // Enough secrets seen to make the scan mean something: passwords, bearer tokens, JWTs, API tokens, authorizations.
  expect(secrets.size).toBeGreaterThanOrEqual(10);

  const log = readFileSync(join(ws.dir, 'trace.log'), 'utf8');
  expect(log).toMatch(/provider\.terraform-provider-authtoken/); // the provider's own lines are in it
  expect(log.length).toBeGreaterThan(100_000);
  const haystacks: [string, string][] = [['trace log', log], ['terraform output', outputs.join('\n')]];
  // Terraform stores input variables in a saved plan by design (the gateway secret is one); nothing else may be there.
  for (const [name, data] of planFile) haystacks.push([`saved plan entry ${name}`, data.toString('utf8')]);
  const stacks = synthesizedStacks(ws.env);
  expect(stacks.length).toBe(4);
  for (const [name, json] of stacks) haystacks.push([`synthesized ${name}`, json]);
  // Private state, decoded from every snapshot: it must hold no secret at all (no resource keeps one there).
  const privates = snapshots.flatMap(([when, text]) => privateStates(text).map(([address, bytes]): [string, string] => [`private state of ${address} (${when})`, bytes.toString('utf8')]));
  haystacks.push(...privates);
  const leaks = [...secrets].flatMap((secret) =>
    haystacks.filter(([where, text]) => text.includes(secret) && !(secret === GATEWAY_SECRET && where.startsWith('saved plan'))).map(([where]) => `${where} holds a secret of ${secret.length} characters starting ${secret.slice(0, 3)}…`));
  process.stdout.write(
    `secrets-under-trace: ${secrets.size} secrets searched in ${haystacks.length} texts (${Math.round(log.length / 1024)} KiB of trace log, ${outputs.length} terraform outputs, ` +
      `${planFile.size} saved-plan entries, ${privates.length} private states of ${privates.reduce((n, [, t]) => n + t.length, 0)} bytes in ${snapshots.length} state snapshots, ${stacks.length} synthesized stacks): ${leaks.length} leaks\n`,
  );
  expect(leaks).toEqual([]);

  // The state file holds the managed tokens it must (sensitive, as Terraform stores them) and nothing
  // else secret: no credential, no write-only secret, no ephemeral token.
  const state = JSON.parse(stateAfterApply) as { resources: { mode: string; instances: { attributes: Record<string, unknown> }[] }[] };
  const stored = new Set(state.resources.filter((r) => r.mode === 'managed').flatMap((r) => r.instances.map((i) => i.attributes['token'])).filter((t): t is string => typeof t === 'string'));
  const inState = [...secrets].filter((secret) => stateAfterApply.includes(secret) && ![...stored].some((t) => t.includes(secret)));
  expect(inState.map((s) => `${s.length} characters starting ${s.slice(0, 3)}…`)).toEqual([]);
  // Every other snapshot likewise: the managed tokens it then held, nothing else.
  for (const [when, text] of snapshots) {
    const held = managedTokens(text);
    const extra = [...secrets].filter((secret) => text.includes(secret) && !held.some((t) => t.includes(secret)));
    expect({ when, extra: extra.map((x) => `${x.length} characters starting ${x.slice(0, 3)}…`) }).toEqual({ when, extra: [] });
  }
});

const TAKEN_LABEL = `
resource "authtoken_als_service_auth_token" "taken" {
  label = "postgres"
  token = var.gateway_secret
}
`;

/** Each resource instance's private state in a state file, decoded from its base64. */
function privateStates(stateText: string): [string, Buffer][] {
  const state = JSON.parse(stateText) as { resources?: { mode: string; type: string; name: string; instances: { index_key?: unknown; private?: string }[] }[] };
  return (state.resources ?? []).flatMap((r) =>
    r.instances.filter((i) => typeof i.private === 'string').map((i): [string, Buffer] => [`${r.type}.${r.name}${i.index_key === undefined ? '' : `[${JSON.stringify(i.index_key)}]`}`, Buffer.from(i.private!, 'base64')]),
  );
}

/** The token values of the managed resources a state file holds. */
function managedTokens(stateText: string): string[] {
  const state = JSON.parse(stateText) as { resources?: { mode: string; instances: { attributes: Record<string, unknown> }[] }[] };
  return (state.resources ?? [])
    .filter((r) => r.mode === 'managed')
    .flatMap((r) => r.instances.map((i) => i.attributes['token']))
    .filter((t): t is string => typeof t === 'string');
}
