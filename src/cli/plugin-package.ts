// The built plugin package of this provider, as `npm run build` leaves it in dist/plugin.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROVIDER_SOURCE, PROVIDER_VERSION } from '../provider/identity';
import type { ProviderPackage } from './filesystem-mirror';

export function builtPluginPackage(): ProviderPackage {
  // This file is bundled into dist/cli/authtoken.js; the plugin package sits beside it in dist/plugin.
  const dir = resolve(__dirname, '../plugin');
  if (!existsSync(join(dir, `terraform-provider-authtoken_v${PROVIDER_VERSION}`))) {
    throw new Error(`the plugin package is not built in ${dir}; run npm run build`);
  }
  return { source: PROVIDER_SOURCE, version: PROVIDER_VERSION, dir };
}
