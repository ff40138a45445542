// Puts the lock file that `npx authtoken mirror DIR` wrote (DIR/.terraform.lock.hcl) into the stack's
// synthesized directory. With it there, `cdktf deploy` skips its `terraform providers lock` step (which
// asks the registry and fails offline) and `terraform init` installs from the mirror without warning
// about checksums it had to compute itself.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Construct } from 'constructs';
import { TerraformStack, type ISynthesisSession } from 'cdktf';
// Not re-exported from cdktf's index; 0.21.0 is cdktf's final release, so the path stays.
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';

export const LOCK_FILE = '.terraform.lock.hcl';

export interface ProviderLockFileProps {
  /** The mirror directory given to `authtoken mirror`. Default: the AUTHTOKEN_MIRROR environment variable. */
  readonly mirror?: string;
}

export class ProviderLockFile extends Construct {
  /** Where the lock file is read from, or undefined when no mirror is named (nothing is copied). */
  readonly source: string | undefined;

  constructor(scope: Construct, id: string, props: ProviderLockFileProps = {}) {
    super(scope, id);
    const mirror = props.mirror ?? process.env.AUTHTOKEN_MIRROR;
    this.source = mirror === undefined || mirror === '' ? undefined : join(mirror, LOCK_FILE);
    const stack = TerraformStack.of(this);
    this.node.addValidation({
      validate: () => (this.source === undefined || existsSync(this.source) ? [] : [`no lock file at ${this.source}: run \`npx authtoken mirror ${mirror}\` first`]),
    });
    addCustomSynthesis(this, {
      onSynthesize: (session: ISynthesisSession) => {
        if (this.source === undefined) return;
        copyFileSync(this.source, join(session.outdir, session.manifest.forStack(stack).workingDirectory, LOCK_FILE));
      },
    });
  }
}
