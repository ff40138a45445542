// lib/ is what runs under `cdktf synth`, src/ what runs under Terraform: the construct library may import
// only itself, cdktf and constructs, never the provider (its runtime, its dependencies).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = join(__dirname, '../..');
const lib = join(root, 'lib');
const ALLOWED_PACKAGES = new Set(['cdktf', 'cdktf/lib/util', 'cdktf/lib/synthesize/synthesizer', 'constructs', 'node:fs', 'node:path']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
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

test('lib/ imports only lib/, cdktf and constructs', () => {
  const files = sources(lib);
  expect(files.length).toBeGreaterThan(3);
  const offending: string[] = [];
  for (const file of files) {
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const inside = spec.startsWith('.') && !relative(lib, resolve(file, '..', spec)).startsWith('..');
      if (!inside && !ALLOWED_PACKAGES.has(spec)) offending.push(`${relative(root, file)} imports ${spec}`);
    }
  }
  expect(offending).toEqual([]);
});
