// Builds the test-only provider into a plugin package once per test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundlePlugin } from '../../scripts/bundle-plugin.cjs';
import type { ProviderPackage } from './terraform-cli';

const root = join(__dirname, '../..');

export async function buildFwtestPackage(): Promise<ProviderPackage> {
  const outDir = mkdtempSync(join(tmpdir(), 'fwtest-pkg-'));
  await bundlePlugin({
    name: 'fwtest',
    version: '0.0.1',
    bootstrapEntry: join(root, 'test/fixtures/fwtest/plugin.ts'),
    serverEntry: join(root, 'test/fixtures/fwtest/server.ts'),
    outDir,
  });
  return { source: 'registry.terraform.io/test/fwtest', version: '0.0.1', dir: outDir };
}

/** The HCL every fwtest workspace starts with: the provider required from the mirror, its store in the workspace. */
export const FWTEST_HEADER = `
terraform {
  required_providers {
    fwtest = { source = "test/fwtest", version = "0.0.1" }
  }
}
provider "fwtest" {
  store = "${'${'}path.root}/store.json"
}
`;
