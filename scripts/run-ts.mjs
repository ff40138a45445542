// Runs a TypeScript script (bundled on the fly with esbuild) with the given arguments. The package's own
// name resolves to this checkout's lib/, as it does for jest: examples import it as users do.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'run-ts-'));
const outfile = join(dir, 'script.js');
const lib = join(dirname(fileURLToPath(import.meta.url)), '../lib/index.ts');
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  sourcemap: 'inline',
  alias: { 'terraform-provider-authtoken': lib },
});
const r = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(r.status ?? 1);
