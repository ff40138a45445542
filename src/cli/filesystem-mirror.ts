// Terraform filesystem mirrors: the unpacked layout Terraform searches, and the CLI configuration that
// installs from one without touching the network for those providers.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface ProviderPackage {
  /** e.g. registry.terraform.io/authtoken/authtoken */
  readonly source: string;
  readonly version: string;
  /** Directory holding the plugin package files. */
  readonly dir: string;
}

/** Terraform's platform name for this machine, e.g. linux_amd64. */
export function terraformPlatform(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'ia32' ? '386' : process.arch;
  return `${os}_${arch}`;
}

/** Writes a provider package at `<mirror>/<source>/<version>/<os_arch>/`, replacing what was there. */
export function installIntoMirror(mirror: string, pkg: ProviderPackage): string {
  const target = join(mirror, pkg.source, pkg.version, terraformPlatform());
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(pkg.dir, target, { recursive: true });
  return target;
}

/** A CLI configuration installing these sources from the mirror and everything else as usual. */
export function cliConfig(mirror: string, sources: readonly string[]): string {
  const patterns = [...new Set(sources.map((s) => `${s.split('/').slice(0, 2).join('/')}/*`))];
  const list = patterns.map((h) => JSON.stringify(h)).join(', ');
  return `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = [${list}]\n  }\n  direct {\n    exclude = [${list}]\n  }\n}\n`;
}
