// The authtoken plugin package, bundled fresh from the sources once per test file (esbuild takes well
// under a second), so an end-to-end test never runs a stale dist/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAuthtokenPlugin } from '../../scripts/authtoken-plugin.cjs';
import { PROVIDER_SOURCE, PROVIDER_VERSION } from '../../src/provider/identity';
import type { ProviderPackage } from './terraform-cli';

let built: Promise<ProviderPackage> | undefined;

export function authtokenPackage(): Promise<ProviderPackage> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'authtoken-pkg-'));
    await bundleAuthtokenPlugin(outDir);
    return { source: PROVIDER_SOURCE, version: PROVIDER_VERSION, dir: outDir };
  })();
  return built;
}

/** The `terraform` block every authtoken workspace starts with. */
export const AUTHTOKEN_HEADER = `terraform {
  required_providers {
    authtoken = { source = "authtoken/authtoken", version = "${PROVIDER_VERSION}" }
  }
}
`;
