// Everything `npm run gen` derives from the provider schema, as one map of repository paths to contents:
// the cdktf bindings, the ephemeral bindings, the CDK Terrain bindings and the registry docs. The freshness
// test regenerates this map into a scratch directory and compares it with the committed tree.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { providerBindings } from './provider-bindings';
import { registryDocs } from './docs/registry-docs';
import { ephemeralBindings } from './ephemeral-bindings';
import type { ProviderSchemaJson } from './schema-json';
import { theProvider } from './schema-json';

/** The directories that hold nothing but generated files: regeneration replaces them whole. */
export const GENERATED_ROOTS = ['lib/providers', 'lib/ephemeral', 'lib/cdktn/providers', 'docs'] as const;

/** `root` is the checkout the examples shown in the docs are read from. */
export async function generatedTree(schema: ProviderSchemaJson, root: string): Promise<Map<string, string>> {
  const { name } = theProvider(schema);
  const tree = new Map<string, string>();
  const add = (prefix: string, files: Map<string, string>) => {
    for (const [path, content] of files) tree.set(`${prefix}/${path}`, content);
  };
  add(`lib/providers/${name}`, await providerBindings(schema, 'cdktf'));
  add('lib/ephemeral', ephemeralBindings(schema));
  // CDK Terrain's generator emits the ephemeral resources itself (EphemeralAuthtoken… classes).
  add(`lib/cdktn/providers/${name}`, await providerBindings(schema, 'cdktn'));
  add('docs', registryDocs(schema, root));
  return tree;
}

/** Replaces the generated roots under `root` with `tree`. */
export function writeTree(root: string, tree: Map<string, string>): void {
  for (const r of GENERATED_ROOTS) rmSync(join(root, r), { recursive: true, force: true });
  for (const [path, content] of tree) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** The generated roots as they are under `root`. */
export function readTree(root: string): Map<string, string> {
  const tree = new Map<string, string>();
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else tree.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  for (const r of GENERATED_ROOTS) walk(join(root, r));
  return tree;
}
