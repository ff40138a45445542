// Bad input across the three platforms, one configuration per row: each fails at validate or plan with a
// diagnostic on the offending attribute (or naming the provider block to configure), and the request logs
// show no call to any token API: the check happens before one.
import { startEmulators, type RunningEmulators } from '../../src/emulators';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../support/authtoken-package';
import { emulatorEnvironment } from '../support/resource-test';
import { TerraformWorkspace } from '../support/terraform-cli';

jest.setTimeout(240_000);

interface Row {
  readonly name: string;
  readonly config: string;
  /** The diagnostic's summary or detail. */
  readonly error: RegExp;
  /** The configuration line Terraform quotes under the diagnostic: proof it is attached to the attribute. */
  readonly quotes?: string;
  /** Environment changes for this row (undefined removes a variable). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const rows: Row[] = [
  {
    name: 'a VMS expiry outside the VMS grammar',
    config: 'resource "authtoken_vms_api_token" "t" {\n  expiry = "180X"\n}\n',
    error: /expiry|180X/i,
    quotes: 'expiry = "180X"',
  },
  {
    name: 'a VMS token name over the VMS\'s 255 characters',
    config: `resource "authtoken_vms_api_token" "t" {\n  name   = "${'v'.repeat(256)}"\n  expiry = "1D"\n}\n`,
    error: /between 1 and 255 characters/,
    quotes: 'name   = "vvvv',
  },
  {
    name: 'an unknown OpenShift scope',
    config: 'resource "authtoken_openshift_authorization" "t" {\n  scopes = ["session", "superuser"]\n}\n',
    error: /superuser/,
    quotes: 'scopes = ["session", "superuser"]',
  },
  {
    name: 'an empty ALS label',
    config: 'resource "authtoken_als_service_auth_token" "t" {\n  label = ""\n  token = "gateway-secret-1"\n}\n',
    error: /label/i,
    quotes: 'label = ""',
  },
  {
    name: 'an OpenShift note of 4097 characters',
    config: `resource "authtoken_openshift_authorization" "t" {\n  scopes = ["read"]\n  note   = "${'n'.repeat(4097)}"\n}\n`,
    error: /4096/,
    quotes: 'note   = "nnnn',
  },
  {
    name: 'an OpenShift expires_in beyond the scope\'s maximum',
    config: 'resource "authtoken_openshift_authorization" "t" {\n  scopes     = ["session"]\n  expires_in = 99999999\n}\n',
    error: /expires_in|604800|7 days/i,
    quotes: 'expires_in = 99999999',
  },
  {
    name: 'both token and token_wo on an ALS token',
    config: 'resource "authtoken_als_service_auth_token" "t" {\n  label            = "mysql"\n  token            = "gateway-secret-1"\n  token_wo         = "gateway-secret-2"\n  token_wo_version = 1\n}\n',
    error: /token_wo|exactly one/i,
  },
  {
    name: 'a platform that is not configured',
    config: 'resource "authtoken_vms_api_token" "t" {}\n',
    error: /VMS Not Configured[\s\S]*vms block[\s\S]*VMS_ENDPOINT/,
    env: { VMS_ENDPOINT: undefined, VMS_USERNAME: undefined, VMS_PASSWORD: undefined },
  },
];

let emulators: RunningEmulators;
let ws: TerraformWorkspace;

beforeAll(async () => {
  emulators = await startEmulators({ reportError: () => {} });
  ws = TerraformWorkspace.create([await authtokenPackage()], emulatorEnvironment(emulators));
  ws.writeConfig(AUTHTOKEN_HEADER);
  await ws.init();
});

afterAll(async () => {
  ws?.cleanup();
  await emulators?.stop();
});

/** Calls to the token APIs (service auth tokens, API tokens, authorizations); discovery such as the broker's `/api` is not one. */
const TOKEN_ROUTE = /service_auth_tokens|apitokens|authorization/;

async function tokenApiCalls(): Promise<string[]> {
  const logs = await Promise.all([emulators.als.admin.requests(), emulators.vms.admin.requests(), emulators.openshift.admin.requests()]);
  return logs.flatMap((log) => log.entries.map((e) => e.route)).filter((route) => TOKEN_ROUTE.test(route));
}

test.each(rows)('$name fails before any token API call', async (row) => {
  await Promise.all([emulators.als.admin.resetRequests(), emulators.vms.admin.resetRequests(), emulators.openshift.admin.resetRequests()]);
  ws.writeConfig(AUTHTOKEN_HEADER + row.config);
  // An undefined value leaves the variable out of terraform's environment (Node skips it).
  const env: NodeJS.ProcessEnv = { ...row.env };
  const validate = await ws.run(['validate', '-no-color'], { env });
  const result = validate.code !== 0 ? validate : await ws.run(['plan', '-input=false', '-no-color'], { env });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(row.error);
  if (row.quotes !== undefined) expect(result.stderr).toContain(row.quotes);
  expect(await tokenApiCalls()).toEqual([]);
});

test('revoking the token the provider authenticates with is refused at plan, with no revoke sent', async () => {
  const token = 'resource "authtoken_vms_api_token" "own" {\n  name = "provider-credential"\n}\noutput "own" {\n  value     = authtoken_vms_api_token.own.token\n  sensitive = true\n}\n';
  ws.writeConfig(AUTHTOKEN_HEADER + token);
  await ws.apply();
  const value = (await ws.output('own')).trim();
  try {
    // The provider now authenticates with that very token, and the configuration no longer has it.
    const env: NodeJS.ProcessEnv = { VMS_API_TOKEN: value, VMS_USERNAME: undefined, VMS_PASSWORD: undefined };
    ws.writeConfig(AUTHTOKEN_HEADER);
    await emulators.vms.admin.resetRequests();
    const plan = await ws.run(['plan', '-input=false', '-no-color'], { env });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/Refusing to Revoke the Provider's Own VMS Token/);
    expect(plan.stderr).toContain(`authtoken_vms_api_token (id ${value.slice(0, value.indexOf('.'))})`);
    const log = await emulators.vms.admin.requests();
    expect(log.entries.filter((e) => e.method !== 'GET')).toEqual([]);
    expect(`${plan.stdout}${plan.stderr}`).not.toContain(value);
  } finally {
    await ws.destroy();
  }
});
