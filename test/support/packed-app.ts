// What a user gets: the package as `npm pack` ships it, installed into a fresh app whose code is the README's
// quick start (importing the package by name), compiled with tsc against the shipped declarations and run
// with node. For a CDK Terrain app the same code imports `cdktn` and the package's `./cdktn` export, as the
// README's CDK Terrain paragraph says, with no cdktf installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** The README's CDKTF quick start, as a user copies it. */
function quickStart(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## CDKTF quick start'));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (code === undefined) throw new Error('README.md: no ```ts block under "## CDKTF quick start"');
  return code;
}

/** The quick start for a CDK Terrain app: only the imports differ. */
const forCdktn = (code: string) => code.replace(/from 'cdktf'/g, "from 'cdktn'").replace(/from 'terraform-provider-authtoken'/g, "from 'terraform-provider-authtoken/cdktn'");

/** Packs the package, installs it in an app of the quick start for `cdk`, compiles, synthesizes and checks. */
export function quickStartSynthesizesFromThePackage(cdk: 'cdktf' | 'cdktn'): void {
  const appCode = cdk === 'cdktn' ? forCdktn : (code: string) => code;
  if (!existsSync(join(root, 'dist/lib/index.d.ts'))) throw new Error('dist/lib is not built: run `npm run build` (npm test does)');
  const work = mkdtempSync(join(tmpdir(), 'authtoken-pack-'));
  try {
    // dist/ is built by npm test before jest; packing must not rebuild it under the other test files.
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
    const app = join(work, 'app');
    const installed = join(app, 'node_modules/terraform-provider-authtoken');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
    // The app's own CDK (cdktf or cdktn) and constructs (peer dependencies), shared with the library as npm would.
    for (const peer of [cdk, 'constructs', '@types']) symlinkSync(join(root, 'node_modules', peer), join(app, 'node_modules', peer));
    const code = appCode(quickStart());
    expect(code).toContain(`from '${cdk}'`);
    writeFileSync(join(app, 'main.ts'), code);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'es2022', module: 'node16', moduleResolution: 'node16', strict: true, types: ['node'], outDir: 'out' }, files: ['main.ts'] }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8' });
    execFileSync(process.execPath, [join(app, 'out/main.js')], { cwd: app, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    const synthesized = JSON.parse(readFileSync(join(app, 'cdktf.out/stacks/tokens/cdk.tf.json'), 'utf8'));
    expect(synthesized.terraform.required_providers.authtoken).toEqual({ source: 'registry.terraform.io/authtoken/authtoken', version: '0.1.0' });
    expect(synthesized.resource.authtoken_vms_api_token.ci).toMatchObject({ name: 'ci-pipeline', expiry: '180D', renew_before: '72h', lifecycle: { create_before_destroy: true } });
    expect(Object.keys(synthesized.resource.authtoken_openshift_authorization.deploy.for_each).sort()).toEqual(['reports', 'web']);
    expect(synthesized.output.ci_token.sensitive).toBe(true);
    expect(synthesized.output.deploy_tokens.sensitive).toBe(true);
    // The package ships the compiled library, not its sources or the repository's tests.
    const listing = execFileSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' });
    expect(listing).toContain('package/dist/lib/index.d.ts');
    expect(listing).toContain('package/dist/lib/cdktn/index.d.ts');
    expect(listing).not.toMatch(/package\/(lib|src|test)\//);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
