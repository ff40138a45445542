// The lock entry `authtoken mirror` writes carries Terraform's own h1 hash of the package: terraform init
// computes the same when it installs from the mirror without a lock file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installIntoMirror } from '../../src/cli/filesystem-mirror';
import { lockFile, packageHashV1 } from '../../src/cli/provider-lock';
import { authtokenPackage } from '../support/authtoken-package';
import { TerraformWorkspace } from '../support/terraform-cli';

test('packageHashV1 equals the h1 hash terraform records for the mirrored package', async () => {
  const pkg = await authtokenPackage();
  const ws = TerraformWorkspace.create([pkg]);
  try {
    ws.writeConfig(`terraform {\n  required_providers {\n    authtoken = { source = "authtoken/authtoken", version = "${pkg.version}" }\n  }\n}\n`);
    await ws.init();
    const recorded = /"(h1:[^"]+)"/.exec(readFileSync(join(ws.dir, '.terraform.lock.hcl'), 'utf8'))![1];
    const mirrored = installIntoMirror(join(ws.root, 'again'), pkg);
    expect(packageHashV1(mirrored)).toBe(recorded);
    expect(lockFile(pkg.source, pkg.version, recorded!)).toContain(`provider "${pkg.source}" {\n  version     = "${pkg.version}"`);
  } finally {
    ws.cleanup();
  }
}, 60_000);
