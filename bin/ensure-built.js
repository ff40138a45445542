// Shared by the bin/ entries: (re)builds dist/ when it is missing or older than any source file, so a
// fresh clone or an edited checkout never runs a stale bundle. Build output goes to stderr: stdout may
// be Terraform's handshake channel.
'use strict';
const { execFileSync } = require('node:child_process');
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

module.exports = function ensureBuilt(bundle) {
  const sources = Math.max(newestMtime(join(root, 'src')), mtime(join(root, 'package-lock.json')));
  if (mtime(bundle) >= sources) return;
  execFileSync('sh', [join(root, 'scripts/ensure-deps.sh')], { stdio: ['ignore', 2, 2] });
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: ['ignore', 2, 2] });
};
