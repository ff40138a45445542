// `npm run demo`, the main job, exactly as it runs: the built CLI (npm test builds dist/ before jest)
// synthesizes the all-platforms example with the cdktf CLI from this checkout, applies it with the real
// terraform against the emulators, catches the out-of-band revoke as drift (exit code 2, in plain words),
// heals it, destroys, finds none of its secrets in its own output, and exits 0, with only PATH and HOME from
// the environment.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(240_000);

test('the demo synthesizes with cdktf, applies, masks the tokens, catches the revoked token as drift, heals, destroys, and exits 0', async () => {
  const cli = join(__dirname, '../../dist/cli/authtoken.js');
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'demo'], { env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  const steps = stdout.split('\n').filter((l) => l.startsWith('==> '));
  // Every step says how long the demo has run, and the times only grow.
  const times = steps.map((l) => Number(/^==> \[\s*([\d.]+)s\]/.exec(l)?.[1]));
  expect(times.every((t, i) => Number.isFinite(t) && (i === 0 || t >= times[i - 1]!))).toBe(true);
  expect(steps.map((l) => l.replace(/^==> \[\s*[\d.]+s\] /, '').split(':')[0])).toEqual([
    'Starting the ALS, VMS and OpenShift emulators on loopback',
    'authtoken mirror',
    'cdktf synth',
    'terraform init',
    'terraform apply',
    'terraform output',
    'terraform plan -detailed-exitcode',
    expect.stringMatching(/^Out of band/),
    'terraform plan -refresh-only -detailed-exitcode',
    'terraform apply',
    'terraform destroy',
    'Secrets check',
    'Done',
  ]);
  expect(stdout).toMatch(/cdk\.tf\.json: authtoken_als_service_auth_token\.mysql, authtoken_openshift_authorization\.deploy \(×2\), authtoken_vms_api_token\.ci, ephemeral\.authtoken_vms_api_token\.gateway_secret; 5 outputs, 2 of them sensitive/);
  expect(stdout).toMatch(/cdktf\.out\/stacks\/all-platforms\/\.terraform\.lock\.hcl: copied by ProviderLockFile/);
  // Offline and in one step: the lock file came with the stack, terraform computed no checksums.
  expect(stdout).toContain('Reusing previous version of authtoken/authtoken from the dependency lock file');
  expect(stdout).not.toMatch(/Incomplete lock file|registry\.terraform\.io: |Failed to query/);
  // Its stdout is a pipe here, as in a CI log: no colour codes.
  expect(stdout).not.toMatch(/\x1b\[/);
  expect(stdout).toMatch(
    /terraform output: the tokens themselves stay masked\nci_token = <sensitive>\nci_token_expires_at = "[-0-9T:Z]+"\nci_token_id = "\w{8}"\ndeploy_tokens = <sensitive>\nmysql_token_guid = "[-0-9a-f]{36}"\n/,
  );
  expect(stdout).toMatch(
    /Exit code 2 means drift\. In plain words \(authtoken drift-report\):\n\s+Drift: 1 object changed outside Terraform\.\n\s+- authtoken_vms_api_token\.ci: the VMS API token "ci-pipeline" \(id \w{8}\) is gone from its platform: revoked, expired or deleted outside Terraform/,
  );
  expect(stdout).toMatch(/VMS token \w{8} replaced by \w{8}; refresh-only plan: exit code 0/);
  // The demo checks its whole output, terraform's included, against the three platform credentials and the
  // four tokens its state held (the CI token before and after healing, the two team tokens).
  const checked = Number(/none of the (\d+) secret values appears in the output/.exec(stdout)?.[1]);
  expect(checked).toBeGreaterThanOrEqual(7);
  // And every API token the VMS issued during the run, found by its digest: the CI token twice, and the
  // ephemeral ones (one per plan or apply; the ALS secret is one of them) that no state ever holds.
  const issued = Number(/nor any of the (\d+) API tokens the VMS issued/.exec(stdout)?.[1]);
  expect(issued).toBeGreaterThanOrEqual(3);
  expect(stdout).toMatch(/Done: nothing is left on the three platforms\./);
});
