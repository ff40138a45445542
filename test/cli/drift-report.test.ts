// `authtoken drift-report`: which token drifted and how, in words, sensitive values never shown; exit 2 on
// drift, 0 without, 1 for input that is not a plan. Proven on a real refresh-only plan after a token was
// deleted out of band, and on the built CLI as CI runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulators } from '../../src/emulators';
import { driftSummary } from '../../src/cli/drift-summary';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../support/authtoken-package';
import { emulatorEnvironment } from '../support/resource-test';
import { TerraformWorkspace } from '../support/terraform-cli';

const CLI = join(__dirname, '../../dist/cli/authtoken.js');
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'drift-report-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(plan: unknown): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, `plan-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof plan === 'string' ? plan : JSON.stringify(plan));
  const r = spawnSync(process.execPath, [CLI, 'drift-report', file], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a token changed outside Terraform is listed attribute by attribute, sensitive values hidden', () => {
  const { status, stdout } = report({
    format_version: '1.2',
    resource_drift: [
      {
        address: 'authtoken_openshift_authorization.deploy["web"]',
        type: 'authtoken_openshift_authorization',
        change: {
          actions: ['update'],
          before: { id: '5f0c9a3e2b1d4c6e8a7b9c0d', note: 'deploy bot', token: 'old-secret-value', expires_in: 3600 },
          after: { id: '5f0c9a3e2b1d4c6e8a7b9c0d', note: 'edited by hand', token: 'new-secret-value', expires_in: 3600 },
          before_sensitive: { token: true },
          after_sensitive: { token: true },
        },
      },
      { address: 'authtoken_vms_api_token.ci', type: 'authtoken_vms_api_token', change: { actions: ['no-op'], before: {}, after: {} } },
    ],
  });
  expect(status).toBe(2);
  expect(stdout).toBe(
    'Drift: 1 object changed outside Terraform.\n' +
      '  - authtoken_openshift_authorization.deploy["web"]: the OpenShift authorization "deploy bot" (id 5f0c9a3e2b1d4c6e8a7b9c0d) was changed outside Terraform: note "deploy bot" → "edited by hand"; token changed (sensitive, not shown). The next apply sets it back as configured.\n',
  );
});

test('nested sensitive marks hide the whole attribute', () => {
  const { lines } = driftSummary({
    resource_drift: [
      {
        address: 'x.y',
        type: 'x',
        change: { actions: ['update'], before: { creds: { a: 'one-secret' } }, after: { creds: { a: 'two-secret' } }, before_sensitive: { creds: { a: true } } },
      },
    ],
  });
  expect(lines).toEqual(['x.y: the x was changed outside Terraform: creds changed (sensitive, not shown). The next apply sets it back as configured.']);
});

test('no drift exits 0 and says so; input that is not a plan exits 1', () => {
  expect(report({ format_version: '1.2', resource_drift: [] })).toEqual({ status: 0, stdout: 'No drift: every token is as Terraform last applied it.\n', stderr: '' });
  expect(report('not json')).toMatchObject({ status: 1, stderr: expect.stringMatching(/cannot read .* as JSON/) });
  expect(report({ resource_drift: [] })).toMatchObject({ status: 1, stderr: expect.stringMatching(/not the output of `terraform show -json PLANFILE`/) });
});

test('a token deleted on the platform: refresh-only exits 2 and the report names it as gone, without its secret', async () => {
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
    const { status, stdout } = report(shown.stdout);
    expect(status).toBe(2);
    expect(stdout).toContain(`authtoken_als_service_auth_token.mysql: the ALS service auth token "mysql" (id ${guid}) is gone from its platform`);
    expect(stdout + plan.stdout + plan.stderr).not.toContain(secret);
  } finally {
    ws.cleanup();
    await emulators.stop();
  }
}, 120_000);
