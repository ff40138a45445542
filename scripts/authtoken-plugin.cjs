// The authtoken plugin package: the provider's entries and what loads lazily, for `npm run build`
// (dist/plugin) and for the tests, which bundle it fresh.
'use strict';
const { join } = require('node:path');
const { bundlePlugin } = require('./bundle-plugin.cjs');
const { version } = require('../package.json');

const root = join(__dirname, '..');

/** @param {string} outDir */
function bundleAuthtokenPlugin(outDir) {
  return bundlePlugin({
    name: 'authtoken',
    version,
    bootstrapEntry: join(root, 'src/cli/terraform-provider-authtoken.ts'),
    serverEntry: join(root, 'src/cli/provider-server.ts'),
    outDir,
    // The HTTP client (axios and what it loads) only when a platform is first called: the launches that
    // read the schema or validate never do.
    lazyPackages: ['axios'],
  });
}

module.exports = { bundleAuthtokenPlugin };
