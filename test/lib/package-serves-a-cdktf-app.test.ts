// What a user gets: the package as `npm pack` ships it, installed into a fresh CDKTF app that imports it
// by name, compiled with tsc against the shipped declarations and synthesized with node.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');

const APP = `import { App, TerraformStack, TerraformOutput, TerraformVariable } from 'cdktf';
import { provider, alsServiceAuthToken } from 'terraform-provider-authtoken';

const app = new App({ outdir: process.argv[2]! });
const stack = new TerraformStack(app, 'tokens');
new provider.AuthtokenProvider(stack, 'authtoken', {});
const secret = new TerraformVariable(stack, 'gateway_secret', { type: 'string', sensitive: true });
const token = new alsServiceAuthToken.AlsServiceAuthToken(stack, 'mysql', { label: 'mysql', token: secret.stringValue });
new TerraformOutput(stack, 'guid', { value: token.id });
app.synth();
`;

test('a CDKTF app imports the packed library by name, type-checks against its declarations and synthesizes', () => {
  if (!existsSync(join(root, 'dist/lib/index.d.ts'))) throw new Error('dist/lib is not built: run `npm run build` (npm test does)');
  const work = mkdtempSync(join(tmpdir(), 'authtoken-pack-'));
  try {
    // dist/ is built by npm test before jest; packing must not rebuild it under the other test files.
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
    const app = join(work, 'app');
    const installed = join(app, 'node_modules/terraform-provider-authtoken');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
    // The app's own cdktf and constructs (peer dependencies), shared with the library as npm would.
    for (const peer of ['cdktf', 'constructs', '@types']) symlinkSync(join(root, 'node_modules', peer), join(app, 'node_modules', peer));
    writeFileSync(join(app, 'main.ts'), APP);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'es2022', module: 'node16', moduleResolution: 'node16', strict: true, types: ['node'], outDir: 'out' }, files: ['main.ts'] }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8' });
    const outdir = join(work, 'cdktf.out');
    execFileSync(process.execPath, [join(app, 'out/main.js'), outdir], { cwd: app });
    const synthesized = JSON.parse(readFileSync(join(outdir, 'stacks/tokens/cdk.tf.json'), 'utf8'));
    expect(synthesized.terraform.required_providers.authtoken).toEqual({ source: 'registry.terraform.io/authtoken/authtoken', version: '0.1.0' });
    expect(synthesized.resource.authtoken_als_service_auth_token.mysql).toMatchObject({ label: 'mysql', token: '${var.gateway_secret}' });
    // The package ships the compiled library, not its sources or the repository's tests.
    const listing = execFileSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' });
    expect(listing).toContain('package/dist/lib/index.d.ts');
    expect(listing).not.toMatch(/package\/(lib|src|test)\//);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 120_000);
