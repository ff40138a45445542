// Regenerates checked-in code from its sources: the protocol stubs from our .proto files, then the CDKTF
// bindings (lib/providers, lib/ephemeral), the CDK Terrain bindings (lib/cdktn/providers) and the registry
// docs (docs/) from the provider schema.
// buf comes from the npm registry on demand (pinned): its per-platform binaries are not all on every
// registry mirror, so it is kept out of package-lock.json, where it would make `npm ci` refuse the lock.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUF = '@bufbuild/buf@1.75.0';
execFileSync('npm', ['exec', '--yes', `--package=${BUF}`, '--', 'buf', 'generate', 'src/framework/protocol/proto', '--template', 'src/framework/protocol/buf.gen.yaml'], {
  cwd: root,
  stdio: 'inherit',
});

// The generator resolves jsii and jsii-pacmak from its own location at load, so packages stay external
// and the bundle sits inside the checkout where node_modules is found.
const outDir = join(root, 'node_modules/.cache/authtoken-gen');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'gen.cjs');
await build({ entryPoints: [join(root, 'scripts/gen/main.ts')], outfile, bundle: true, packages: 'external', platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
execFileSync(process.execPath, [outfile, root], { cwd: root, stdio: 'inherit' });
