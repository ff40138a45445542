// Compiles the TypeScript sources into what runs: the plugin executable (a small bootstrap that answers
// Terraform's handshake, plus the lazily loaded server), the `authtoken` CLI, and the CDKTF construct
// library (dist/lib: JavaScript plus declarations, what package.json's main/types/exports point at) and
// its CDK Terrain build (dist/lib/cdktn).
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const require = createRequire(import.meta.url);
const { bundleAuthtokenPlugin } = require('./authtoken-plugin.cjs');

// The plugin package: what `authtoken mirror` installs and what Terraform executes.
const plugin = bundleAuthtokenPlugin(join(dist, 'plugin'));

const entries = [
  // The authtoken CLI (emulate, mirror, schema, demo, drift-report).
  { entryPoints: [join(root, 'src/cli/authtoken.ts')], outfile: join(dist, 'cli/authtoken.js') },
];
// tsc, not esbuild: users' CDKTF apps need the declarations, and tsc checks the library while it emits.
const library = new Promise((resolve, reject) => {
  execFile(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'lib/tsconfig.json')], (error, stdout, stderr) => {
    if (error) reject(new Error(`compiling lib/ failed:\n${stdout}${stderr}`));
    else resolve();
  });
});
// The same library for CDK Terrain (dist/lib/cdktn, the package's `./cdktn` export), in a process of its own.
const cdktnLibrary = new Promise((resolve, reject) => {
  execFile(process.execPath, [join(root, 'scripts/build-cdktn-library.mjs')], (error, stdout, stderr) => {
    if (error) reject(new Error(`${stdout}${stderr}`));
    else resolve();
  });
});
await Promise.all([plugin, library, cdktnLibrary, ...entries.map((e) => build({ ...common, ...e }))]);
chmodSync(join(dist, 'cli/authtoken.js'), 0o755);
