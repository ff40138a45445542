// `authtoken mirror DIR`: installs the provider into a Terraform filesystem mirror at DIR, writes the lock
// file for it (DIR/.terraform.lock.hcl) and prints the CLI configuration that uses the mirror (save it and
// point TF_CLI_CONFIG_FILE at it).
import { resolve } from 'node:path';
import { cliConfig, installIntoMirror } from '../filesystem-mirror';
import { builtPluginPackage } from '../plugin-package';
import { writeMirrorLockFile } from '../provider-lock';
import type { Command } from './index';

export const mirror: Command = {
  summary: 'write the provider into a Terraform filesystem mirror and print the CLI config to use it',
  async run(args) {
    const [dir, ...rest] = args;
    if (dir === undefined || dir.startsWith('-') || rest.length > 0) {
      process.stderr.write('usage: authtoken mirror DIR\n');
      return 2;
    }
    const pkg = builtPluginPackage();
    const mirrorDir = resolve(dir);
    const target = installIntoMirror(mirrorDir, pkg);
    const lock = writeMirrorLockFile(mirrorDir, pkg, target);
    process.stderr.write(
      `Installed ${pkg.source} ${pkg.version} into ${target}\n` +
        `Lock file: ${lock} (copy it next to an HCL configuration; in a CDKTF stack, ProviderLockFile puts it into the synthesized stack)\n` +
        'The CLI configuration follows on stdout: save it and point TF_CLI_CONFIG_FILE at it.\n',
    );
    process.stdout.write(cliConfig(mirrorDir, [pkg.source]));
    return 0;
  },
};
