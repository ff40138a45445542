// lib/ is what runs under `cdktf synth` (or `cdktn synth`), src/ what runs under Terraform: the construct
// library may import only itself, its CDK and constructs, never the provider (its runtime, its dependencies).
// The CDK Terrain tree imports cdktn, never cdktf: a CDK Terrain app has no cdktf installed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = join(__dirname, '../..');
const lib = join(root, 'lib');
const COMMON = ['constructs', 'node:fs', 'node:path'];
const ALLOWED_PACKAGES = new Set(['cdktf', 'cdktf/lib/util', 'cdktf/lib/synthesize/synthesizer', ...COMMON]);
const ALLOWED_IN_CDKTN = new Set(['cdktn', 'cdktn/lib/synthesize/synthesizer', ...COMMON]);

function sources(dir: string, ext = '.ts'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []));
}

/** Every module specifier in import/export-from statements, dynamic imports and require calls. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const re of [/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g]) {
    for (const m of source.matchAll(re)) found.push(m[1]!);
  }
  return found;
}

test('the specifier scan sees every form of import', () => {
  const sample = `import { a } from '../src/x';\nexport * as b from './b';\nimport 'side';\nconst c = require('grpc');\nconst d = await import("axios");`;
  expect(specifiers(sample).sort()).toEqual(['../src/x', './b', 'axios', 'grpc', 'side']);
});

/** Imports of `files` that leave `base` for anything but `allowed` (by file, for `allowedFor`). */
function offendingImports(files: string[], base: string, allowedFor: (file: string) => Set<string>): string[] {
  const offending: string[] = [];
  for (const file of files) {
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const inside = spec.startsWith('.') && !relative(base, resolve(file, '..', spec)).startsWith('..');
      if (!inside && !allowedFor(file).has(spec)) offending.push(`${relative(root, file)} imports ${spec}`);
    }
  }
  return offending;
}

test('lib/ imports only lib/, cdktf (cdktn in lib/cdktn) and constructs', () => {
  const files = sources(lib);
  expect(files.filter((f) => f.startsWith(join(lib, 'cdktn'))).length).toBeGreaterThan(3);
  expect(offendingImports(files, lib, (f) => (f.startsWith(join(lib, 'cdktn') + '/') ? ALLOWED_IN_CDKTN : ALLOWED_PACKAGES))).toEqual([]);
});

test('the built CDK Terrain library (dist/lib/cdktn, constructs included) requires only itself, cdktn and constructs', () => {
  const built = join(root, 'dist/lib/cdktn');
  if (!existsSync(join(built, 'index.js'))) throw new Error('dist/lib/cdktn is not built: run `npm run build` (npm test does)');
  const files = sources(built, '.js');
  expect(files).toContain(join(built, 'constructs/rotating-token.js'));
  expect(offendingImports(files, built, () => ALLOWED_IN_CDKTN)).toEqual([]);
});
