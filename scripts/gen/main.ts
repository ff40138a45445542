// `npm run gen` (after the protocol stubs): reads the schema from `authtoken schema` and rewrites lib/
// bindings and docs/ from it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generatedTree, GENERATED_ROOTS, writeTree } from './generated-tree';
import type { ProviderSchemaJson } from './schema-json';

async function main(): Promise<void> {
  const root = process.argv[2];
  if (root === undefined) throw new Error('usage: main.js REPOSITORY_ROOT');
  // The schema as users get it: the CLI, run from the sources so it is never a stale build.
  const json = execFileSync(process.execPath, [join(root, 'scripts/run-ts.mjs'), join(root, 'src/cli/authtoken.ts'), 'schema'], { cwd: root, encoding: 'utf8' });
  const tree = await generatedTree(JSON.parse(json) as ProviderSchemaJson, root);
  writeTree(root, tree);
  process.stderr.write(`Generated ${tree.size} files under ${GENERATED_ROOTS.join(', ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run gen: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
