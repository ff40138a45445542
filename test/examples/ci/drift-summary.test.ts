// The CI drift summary: which token drifted and how, in words, sensitive values never shown; proven on a
// real refresh-only plan after a token was deleted out of band on the ALS emulator.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulators } from '../../../src/emulators';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../../support/authtoken-package';
import { emulatorEnvironment } from '../../support/resource-test';
import { TerraformWorkspace } from '../../support/terraform-cli';

const SCRIPT = join(__dirname, '../../../examples/ci/drift-summary.mjs');

function summarize(file: string): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout + r.stderr };
}

test('a token changed outside Terraform is listed attribute by attribute, sensitive values hidden', () => {
  const plan = {
    resource_drift: [
      {
        address: 'authtoken_openshift_authorization.deploy',
        type: 'authtoken_openshift_authorization',
        change: {
          actions: ['update'],
          before: { note: 'deploy bot', token: 'old-secret-value', expires_in: 3600 },
          after: { note: 'edited by hand', token: 'new-secret-value', expires_in: 3600 },
          before_sensitive: { token: true },
          after_sensitive: { token: true },
        },
      },
    ],
  };
  const file = join(tmpdir(), `drift-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(plan));
  const { status, stdout } = summarize(file);
  expect(status).toBe(2);
  expect(stdout).toContain('authtoken_openshift_authorization.deploy (OpenShift authorization "deploy bot"): changed outside Terraform');
  expect(stdout).toContain('note: "deploy bot" -> "edited by hand"');
  expect(stdout).toContain('token: changed (sensitive, not shown)');
  expect(stdout).not.toMatch(/secret-value|expires_in/);
});

test('no drift exits 0 and says so', () => {
  const file = join(tmpdir(), `nodrift-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ resource_drift: [] }));
  expect(summarize(file)).toEqual({ status: 0, stdout: 'No drift: every token is as Terraform last applied it.\n' });
});

test('a token deleted on the platform: refresh-only exits 2 and the summary names it as gone', async () => {
  const emulators = await startEmulators({ reportError: () => {} });
  const ws = TerraformWorkspace.create([await authtokenPackage()], emulatorEnvironment(emulators));
  try {
    const secret = `gw-${process.pid}-${Date.now()}`;
    ws.writeConfig(`${AUTHTOKEN_HEADER}
variable "secret" {
  type      = string
  sensitive = true
}
resource "authtoken_als_service_auth_token" "mysql" {
  label = "mysql"
  token = var.secret
}
`);
    const env = { TF_VAR_secret: secret };
    await ws.init();
    await ws.must(['apply', '-auto-approve', '-input=false'], 0, env);
    const guid = (await ws.state()).values!.root_module!.resources![0]!.values.id as string;
    await emulators.als.admin.action('delete-service-auth-token', { guid });
    const plan = await ws.run(['plan', '-refresh-only', '-detailed-exitcode', '-input=false', '-no-color', '-out=drift.tfplan'], { env });
    expect(plan.code).toBe(2);
    const shown = await ws.must(['show', '-json', 'drift.tfplan']);
    writeFileSync(join(ws.dir, 'drift.json'), shown.stdout);
    const { status, stdout } = summarize(join(ws.dir, 'drift.json'));
    expect(status).toBe(2);
    expect(stdout).toContain('authtoken_als_service_auth_token.mysql (ALS service auth token "mysql"): gone from the platform');
    expect(stdout + plan.stdout + plan.stderr).not.toContain(secret);
  } finally {
    ws.cleanup();
    await emulators.stop();
  }
}, 120_000);
