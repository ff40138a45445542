// `npx authtoken mirror DIR` plus ProviderLockFile is all a CDKTF app needs offline: `cdktf deploy` finds
// the lock file in the synthesized stack, so it neither runs `providers lock` (which needs the registry)
// nor leaves terraform to warn about checksums it computed itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import { ProviderLockFile, provider } from 'terraform-provider-authtoken';
import { requireTerraform } from '../../support/terraform-cli';

const root = join(__dirname, '../../..');
let work: string;
beforeEach(() => (work = mkdtempSync(join(tmpdir(), 'authtoken-lock-'))));
afterEach(() => rmSync(work, { recursive: true, force: true }));

function mirror(dir: string): string {
  const config = execFileSync(process.execPath, [join(root, 'dist/cli/authtoken.js'), 'mirror', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  writeFileSync(join(work, 'terraform.rc'), config);
  return join(work, 'terraform.rc');
}

test('cdktf deploy of a stack with ProviderLockFile installs from the mirror in one step, with no lock warning', () => {
  requireTerraform();
  const rc = mirror(join(work, 'mirror'));
  const lock = readFileSync(join(work, 'mirror/.terraform.lock.hcl'), 'utf8');
  expect(lock).toMatch(/provider "registry\.terraform\.io\/authtoken\/authtoken" \{[\s\S]*"h1:[A-Za-z0-9+/]{43}="/);
  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  // The CLI runs the app in its own node process: it loads the compiled library, as an installed package would.
  writeFileSync(
    join(app, 'main.js'),
    `const { App, TerraformStack, LocalBackend } = require(${JSON.stringify(join(root, 'node_modules/cdktf'))});
const { provider, ProviderLockFile } = require(${JSON.stringify(join(root, 'dist/lib'))});
const app = new App();
const stack = new TerraformStack(app, 'tokens');
new LocalBackend(stack, { path: 'terraform.tfstate' });
new provider.AuthtokenProvider(stack, 'authtoken', {});
new ProviderLockFile(stack, 'lock');
app.synth();
`,
  );
  writeFileSync(join(app, 'cdktf.json'), JSON.stringify({ language: 'typescript', app: 'node main.js', sendCrashReports: false }));
  const env = { PATH: process.env.PATH, HOME: work, TF_CLI_CONFIG_FILE: rc, AUTHTOKEN_MIRROR: join(work, 'mirror'), CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: '1', CI: '1' };
  const r = spawnSync(join(root, 'node_modules/.bin/cdktf'), ['deploy', '--auto-approve'], { cwd: app, env, encoding: 'utf8' });
  const output = `${r.stdout}\n${r.stderr}`;
  expect({ status: r.status, output }).toMatchObject({ status: 0 });
  expect(output).toContain('Reusing previous version of authtoken/authtoken from the dependency lock file');
  expect(output).not.toMatch(/Incomplete lock file|providers lock|checksum/i);
  expect(readFileSync(join(app, 'cdktf.out/stacks/tokens/.terraform.lock.hcl'), 'utf8')).toBe(lock);
}, 120_000);

test('a mirror without a lock file is reported at synth with the construct path', () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'tokens');
  new provider.AuthtokenProvider(stack, 'authtoken', {});
  new ProviderLockFile(stack, 'lock', { mirror: join(work, 'not-a-mirror') });
  expect(() => Testing.synth(stack, true)).toThrow(/tokens\/lock.*no lock file at .*not-a-mirror.*run `npx authtoken mirror/s);
});

test('without a mirror named, nothing is copied and synth succeeds', () => {
  const saved = process.env.AUTHTOKEN_MIRROR;
  delete process.env.AUTHTOKEN_MIRROR;
  try {
    const stack = new TerraformStack(new App({ outdir: join(work, 'out') }), 'tokens');
    new provider.AuthtokenProvider(stack, 'authtoken', {});
    expect(new ProviderLockFile(stack, 'lock').source).toBeUndefined();
    expect(() => Testing.synth(stack, true)).not.toThrow();
  } finally {
    if (saved !== undefined) process.env.AUTHTOKEN_MIRROR = saved;
  }
});
