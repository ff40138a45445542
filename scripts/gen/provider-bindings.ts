// The provider's bindings, exactly as a CDK generator writes them for `cdktf get` / `cdktn get`: one namespace
// per resource and data source, plus the provider class. Two generators with the same API: the CDKTF 0.21
// one (which drops ephemeral resources: lib/ephemeral makes up for it) and the CDK Terrain 0.24 one (which
// emits them). Generated into a scratch directory and read back.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ProviderSchemaJson } from './schema-json';
import { theProvider } from './schema-json';

type Generator = typeof import('@cdktf/provider-generator');
type Commons = typeof import('@cdktf/commons');

/** Which CDK the bindings are for: the name the generated code imports its core library by. */
export type Cdk = 'cdktf' | 'cdktn';

/** Literal requires, so the bundle of `npm run gen` keeps them as they are. */
const GENERATORS: Record<Cdk, () => { generator: Generator; commons: Commons }> = {
  cdktf: () => ({ generator: require('@cdktf/provider-generator') as Generator, commons: require('@cdktf/commons') as Commons }),
  // Same exports as 0.21 (checked by tsc against these types through the calls below).
  cdktn: () => ({ generator: require('@cdktn/provider-generator') as Generator, commons: require('@cdktn/commons') as Commons }),
};

/**
 * Loading the commons package runs `terraform version` in the background; an empty CLI configuration keeps
 * a missing ~/.terraformrc from printing warnings, and no checkpoint call leaves the machine.
 */
function loadGenerator(cdk: Cdk): { generator: Generator; commons: Commons } {
  const saved = { TF_CLI_CONFIG_FILE: process.env.TF_CLI_CONFIG_FILE, CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE };
  process.env.TF_CLI_CONFIG_FILE = '/dev/null';
  process.env.CHECKPOINT_DISABLE = '1';
  try {
    return GENERATORS[cdk]();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** The generated files, by path relative to the provider folder (`index.ts`, `provider/index.ts`, …). */
export async function providerBindings(schema: ProviderSchemaJson, cdk: Cdk): Promise<Map<string, string>> {
  const { generator, commons } = loadGenerator(cdk);
  const { name, source, version } = theProvider(schema);
  const code = new generator.CodeMaker();
  const gen = new generator.TerraformProviderGenerator(code, schema as never);
  // The full source address, so required_providers names it exactly (and OpenTofu matches it too).
  const constraint = new generator.TerraformProviderConstraint({ name, source, version });
  gen.generate(new commons.ConstructsMakerProviderTarget(constraint, commons.Language.TYPESCRIPT));
  const scratch = mkdtempSync(join(tmpdir(), `authtoken-${cdk}-gen-`));
  try {
    await code.save(scratch);
    const folder = join(scratch, 'providers', name);
    // lazy-index.ts (getters that require each namespace on first use) is not what the package exports:
    // index.ts is, as in the published @cdktf/provider-* packages.
    return new Map(
      filesUnder(folder)
        .map((f) => relative(folder, f))
        .filter((f) => f !== 'lazy-index.ts')
        .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
