// Terraform's dependency lock entry for a provider installed from a filesystem mirror. With it next to a
// configuration, `terraform init` installs from the mirror without computing checksums itself (the
// "Incomplete lock file information" warning), and cdktf deploy skips its `providers lock` step, which
// needs the registry. The h1 hash covers the package's files, which are the same on every platform for
// this Node provider, so one entry serves them all.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Go's dirhash "h1": sha256 over the sorted lines `<sha256 hex>  <relative path>\n` of every file. */
export function packageHashV1(dir: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else files.push(relative(dir, join(d, e.name)).split(sep).join('/'));
    }
  };
  walk(dir);
  // Go sorts strings by bytes: compare as code units, not by locale.
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const summary = createHash('sha256');
  for (const f of files) summary.update(`${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}  ${f}\n`);
  return `h1:${summary.digest('base64')}`;
}

/** The `.terraform.lock.hcl` text pinning this version with this hash. */
export function lockFile(source: string, version: string, hash: string): string {
  return [
    '# This file is maintained automatically by "terraform init".',
    '# Manual edits may be lost in future updates.',
    '',
    `provider ${JSON.stringify(source)} {`,
    `  version     = ${JSON.stringify(version)}`,
    `  constraints = ${JSON.stringify(version)}`,
    '  hashes = [',
    `    ${JSON.stringify(hash)},`,
    '  ]',
    '}',
    '',
  ].join('\n');
}

export const LOCK_FILE = '.terraform.lock.hcl';

/** Writes `<mirror>/.terraform.lock.hcl` for the package installed at `installed`; returns its path. */
export function writeMirrorLockFile(mirror: string, pkg: { source: string; version: string }, installed: string): string {
  const path = join(mirror, LOCK_FILE);
  writeFileSync(path, lockFile(pkg.source, pkg.version, packageHashV1(installed)));
  return path;
}
