// CI fails when lib/ bindings or docs/ are not what `npm run gen` makes from the current schema: they are
// regenerated into a scratch directory and compared file by file with the committed ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedTree, readTree, writeTree } from '../../../scripts/gen/generated-tree';
import type { ProviderSchemaJson } from '../../../scripts/gen/schema-json';
import { providerSchemaJson } from '../../../src/framework/schema/to-json';
import { authtokenProvider } from '../../../src/provider/authtoken-provider';
import { PROVIDER_SOURCE } from '../../../src/provider/identity';

const root = join(__dirname, '../../..');

test('the committed bindings and docs are what npm run gen makes from the provider schema', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'authtoken-fresh-'));
  try {
    const schema = providerSchemaJson(authtokenProvider, PROVIDER_SOURCE) as unknown as ProviderSchemaJson;
    writeTree(scratch, await generatedTree(schema, root));
    const fresh = readTree(scratch);
    const committed = readTree(root);
    const problems = [
      ...[...fresh.keys()].filter((p) => !committed.has(p)).map((p) => `missing: ${p}`),
      ...[...committed.keys()].filter((p) => !fresh.has(p)).map((p) => `no longer generated: ${p}`),
      ...[...fresh.keys()].filter((p) => committed.has(p) && committed.get(p) !== fresh.get(p)).map((p) => `stale: ${p}`),
    ];
    if (problems.length > 0) throw new Error(`lib/ or docs/ differ from the schema; run \`npm run gen\` and commit the result:\n  ${problems.join('\n  ')}`);
    expect(fresh.size).toBeGreaterThan(0);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 60_000);
