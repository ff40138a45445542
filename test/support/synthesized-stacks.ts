// The synthesized CDKTF stacks the secrets-under-trace test scans (name → cdk.tf.json text). A stack
// holds configuration, so a credential or token in one would be committed to disk and to CI artifacts.
// Each example app is synthesized (as `cdktf synth` runs it) while the environment holds the run's
// credentials and variables: a construct that read one from the environment into the stack is caught.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { AllPlatformsStack } from '../../examples/apps/all-platforms/main';
import { AlsTokensStack } from '../../examples/apps/als/main';
import { OpenShiftTokensStack } from '../../examples/apps/openshift/main';
import { VmsTokensStack } from '../../examples/apps/vms/main';

const EXAMPLE_STACKS: [string, new (scope: Construct, id: string) => TerraformStack][] = [
  ['all-platforms', AllPlatformsStack],
  ['als', AlsTokensStack],
  ['openshift', OpenShiftTokensStack],
  ['vms', VmsTokensStack],
];

export function synthesizedStacks(env: NodeJS.ProcessEnv): [name: string, json: string][] {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const outdir = mkdtempSync(join(tmpdir(), 'authtoken-synth-'));
  try {
    const app = new App({ outdir });
    for (const [name, Stack] of EXAMPLE_STACKS) new Stack(app, name);
    app.synth();
    return readdirSync(join(outdir, 'stacks')).map((name) => [name, readFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')]);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(outdir, { recursive: true, force: true });
  }
}
