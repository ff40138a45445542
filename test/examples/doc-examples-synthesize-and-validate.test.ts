// The examples every registry page shows: each CDKTF one synthesizes (validations on) and each HCL one
// passes `terraform validate` with the real terraform and the provider from the mirror.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import type { Construct } from 'constructs';
import { provider } from 'terraform-provider-authtoken';
import { CDKTF_FILE, exampleDir, HCL_FILE, type DocKind } from '../../scripts/gen/docs/doc-examples';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../support/authtoken-package';
import { TerraformWorkspace } from '../support/terraform-cli';

const root = join(__dirname, '../..');
const examples: { kind: DocKind; type: string }[] = [{ kind: 'provider', type: 'authtoken' }];
for (const kind of ['resources', 'data-sources', 'ephemeral-resources'] as const) {
  let types: string[] = [];
  try {
    types = readdirSync(join(root, 'examples', kind));
  } catch {
    // a kind the provider has none of yet
  }
  for (const type of types) examples.push({ kind, type });
}

test.each(examples)('the CDKTF example of $kind $type synthesizes', ({ kind, type }) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the examples are found at run time
  const module = require(join(root, exampleDir(kind, type), CDKTF_FILE)) as Record<string, (scope: Construct) => unknown>;
  const functions = Object.values(module).filter((f) => typeof f === 'function');
  expect(functions).toHaveLength(1);
  const stack = new TerraformStack(Testing.app(), 'example');
  if (kind !== 'provider') new provider.AuthtokenProvider(stack, 'authtoken', {});
  functions[0]!(stack);
  const json = JSON.parse(Testing.synth(stack, true));
  const block = { provider: json.provider, resources: json.resource, 'data-sources': json.data, 'ephemeral-resources': json.ephemeral }[kind];
  expect(Object.keys(block ?? {})).toContain(type);
});

test('every HCL example passes terraform validate', async () => {
  const ws = TerraformWorkspace.create([await authtokenPackage()]);
  try {
    for (const { kind, type } of examples) {
      const dir = join(ws.root, `${kind}-${type}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'main.tf'), `${AUTHTOKEN_HEADER}\n${readFileSync(join(root, exampleDir(kind, type), HCL_FILE[kind]), 'utf8')}`);
      for (const args of [['init', '-input=false', '-no-color'], ['validate', '-no-color']]) {
        const r = await ws.run(args, { cwd: dir });
        if (r.code !== 0) throw new Error(`${exampleDir(kind, type)}: terraform ${args[0]} failed\n${r.stdout}\n${r.stderr}`);
      }
    }
  } finally {
    ws.cleanup();
  }
}, 120_000);
