// Bindings generated, the way `npm run gen` does, for a provider other than authtoken (the fwtest provider
// has an ephemeral resource and a write-only attribute on every branch): written under .tmp/ inside the
// checkout so the generated code resolves cdktf from node_modules like lib/ does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { providerBindings } from '../../scripts/gen/provider-bindings';
import { ephemeralBindings } from '../../scripts/gen/ephemeral-bindings';
import type { ProviderSchemaJson } from '../../scripts/gen/schema-json';

const root = join(__dirname, '../..');

export interface GeneratedBindings {
  /** Directory of the cdktf generator's provider folder (index.ts: one namespace per type). */
  readonly providerDir: string;
  /** Directory of the ephemeral bindings (index.ts). */
  readonly ephemeralDir: string;
  remove(): void;
}

export async function generateBindings(schema: ProviderSchemaJson): Promise<GeneratedBindings> {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'bindings-'));
  const providerDir = join(dir, 'provider');
  const ephemeralDir = join(dir, 'ephemeral');
  const core = relative(join(ephemeralDir, 'x'), join(root, 'lib/core/terraform-ephemeral-resource')).split('\\').join('/');
  const write = (base: string, files: Map<string, string>) => {
    for (const [path, content] of files) {
      mkdirSync(dirname(join(base, path)), { recursive: true });
      writeFileSync(join(base, path), content);
    }
  };
  write(providerDir, await providerBindings(schema, 'cdktf'));
  write(ephemeralDir, ephemeralBindings(schema, core));
  return { providerDir, ephemeralDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
