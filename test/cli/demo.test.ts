// `npm run demo`, the main job, exactly as it runs: the built CLI (npm test builds dist/ before jest) with
// the real terraform against the emulators. It must exit 0, catch the out-of-band revoke as drift (exit
// code 2, named in plain words), heal it and leave nothing on the platforms.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(180_000);

test('the demo applies, catches the revoked token as drift, heals, destroys, and exits 0', async () => {
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
  expect(steps.map((l) => l.replace(/^==> \[\s*[\d.]+s\] /, '').split(':')[0])).toEqual([
    'Starting the ALS, VMS and OpenShift emulators on loopback',
    'terraform init',
    'terraform apply',
    'terraform output',
    'terraform plan -detailed-exitcode',
    expect.stringMatching(/^Out of band/),
    'terraform plan -refresh-only -detailed-exitcode',
    'terraform apply',
    'terraform destroy',
    'Done',
  ]);
  expect(stdout).toMatch(/Exit code 2: drift\. In plain words:\n\s+- authtoken_vms_api_token\.ci: the VMS API token "ci-pipeline" \(id \w+\) was revoked, expired or deleted outside Terraform/);
  expect(stdout).toMatch(/vms_token\s+= <sensitive>/);
  expect(stdout).toMatch(/Done: nothing is left on the three platforms\./);
});
