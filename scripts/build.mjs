// Compiles the TypeScript sources into the bundles that run: the plugin executable (a small bootstrap
// that answers Terraform's handshake, plus the lazily loaded server), and the `authtoken` CLI.
import { build } from 'esbuild';
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
  // The authtoken CLI (emulate, mirror, schema, demo).
  { entryPoints: [join(root, 'src/cli/authtoken.ts')], outfile: join(dist, 'cli/authtoken.js') },
];
await Promise.all([plugin, ...entries.map((e) => build({ ...common, ...e }))]);
chmodSync(join(dist, 'cli/authtoken.js'), 0o755);
