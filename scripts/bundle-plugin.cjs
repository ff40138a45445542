// Bundles a provider built on the framework into a plugin package directory, the shape Terraform runs
// from a filesystem mirror:
//   terraform-provider-<name>_v<version>   the executable: a small bootstrap that answers the handshake
//   server.js                              grpc-js, the framework's server and the provider, loaded after it
//   server.js.cache                        V8 code cache for server.js (ignored if another Node runs it)
//   <package>.js, .cache                   each of `lazyPackages`, loaded only when the server first requires it
// Both are single files (Terraform hashes every file of the package; no node_modules tree, no symlinks).
// CommonJS so that both the ESM build script and the jest tests can load it.
'use strict';
const { build } = require('esbuild');
const { execFileSync } = require('node:child_process');
const { chmodSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

/** Where a lazily loaded package ships; src/framework/serve/load-bundle.ts looks for it under this name. */
const siblingBundleName = (id) => `${id.replace(/[/@]/g, '_')}.js`;

/** @param {{ name: string, version: string, bootstrapEntry: string, serverEntry: string, outDir: string, minify?: boolean, lazyPackages?: string[] }} o */
async function bundlePlugin({ name, version, bootstrapEntry, serverEntry, outDir, minify = true, lazyPackages = [] }) {
  mkdirSync(outDir, { recursive: true });
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error', legalComments: 'none', minify };
  const executable = join(outDir, `terraform-provider-${name}_v${version}`);
  await Promise.all([
    build({ ...common, entryPoints: [bootstrapEntry], outfile: executable, banner: { js: '#!/usr/bin/env node' } }),
    // grpc-js requires @grpc/proto-loader only to serve channelz/ORCA, which a plugin never does.
    build({ ...common, entryPoints: [serverEntry], outfile: join(outDir, 'server.js'), external: ['@grpc/proto-loader', ...lazyPackages] }),
    ...lazyPackages.map((id) =>
      build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(id)});`, resolveDir: join(__dirname, '..') }, outfile: join(outDir, siblingBundleName(id)) }),
    ),
  ]);
  chmodSync(executable, 0o755);
  // The V8 code cache for server.js, made by the plugin itself with this Node.
  execFileSync(process.execPath, [executable, '--build-code-cache', ...lazyPackages], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { executable, dir: outDir };
}

module.exports = { bundlePlugin };
