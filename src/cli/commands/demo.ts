// `authtoken demo` (npm run demo): the provider under the real terraform, offline, against the three
// emulators. This first version proves the whole pipeline — emulators, a filesystem mirror, init, the
// provider configured for every platform, validate and plan — and grows into the full token scenario
// (apply, out-of-band revocation, drift, heal, destroy) as the platform resources land.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulators } from '../../emulators/start-emulators';
import { PROVIDER_SOURCE, PROVIDER_VERSION } from '../../provider/identity';
import { cliConfig, installIntoMirror } from '../filesystem-mirror';
import { builtPluginPackage } from '../plugin-package';
import type { Command } from './index';

const CONFIG = `terraform {
  required_providers {
    authtoken = {
      source  = "${PROVIDER_SOURCE.replace('registry.terraform.io/', '')}"
      version = "${PROVIDER_VERSION}"
    }
  }
}

variable "als_password" {
  type      = string
  sensitive = true
}
variable "vms_password" {
  type      = string
  sensitive = true
}
variable "openshift_password" {
  type      = string
  sensitive = true
}
variable "endpoints" {
  type = object({ als = string, vms = string, openshift = string, als_user = string, vms_user = string, openshift_user = string })
}

provider "authtoken" {
  als {
    api_endpoint = var.endpoints.als
    username     = var.endpoints.als_user
    password     = var.als_password
  }
  vms {
    endpoint = var.endpoints.vms
    username = var.endpoints.vms_user
    password = var.vms_password
  }
  openshift {
    server   = var.endpoints.openshift
    username = var.endpoints.openshift_user
    password = var.openshift_password
  }
}
`;

export const demo: Command = {
  summary: 'run the provider under the real terraform against the emulators (offline)',
  async run() {
    const work = mkdtempSync(join(tmpdir(), 'authtoken-demo-'));
    const emulators = await startEmulators({});
    try {
      const { als, vms, openshift } = emulators.connection;
      say(`Emulators: ALS ${als.api_endpoint}  VMS ${vms.endpoint}  OpenShift ${openshift.server}`);
      const mirror = join(work, 'mirror');
      installIntoMirror(mirror, builtPluginPackage());
      writeFileSync(join(work, 'terraform.rc'), cliConfig(mirror, [PROVIDER_SOURCE]));
      writeFileSync(join(work, 'main.tf'), CONFIG);
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TF_CLI_CONFIG_FILE: join(work, 'terraform.rc'),
        CHECKPOINT_DISABLE: '1',
        TF_IN_AUTOMATION: '1',
        TF_INPUT: '0',
        // Passwords reach Terraform as sensitive variables, never in a file.
        TF_VAR_als_password: als.password,
        TF_VAR_vms_password: vms.password,
        TF_VAR_openshift_password: openshift.password,
        TF_VAR_endpoints: JSON.stringify({
          als: als.api_endpoint,
          vms: vms.endpoint,
          openshift: openshift.server,
          als_user: als.username,
          vms_user: vms.username,
          openshift_user: openshift.username,
        }),
      };
      for (const args of [['init', '-input=false'], ['validate'], ['plan', '-input=false']]) {
        say(`$ terraform ${args.join(' ')}`);
        const r = spawnSync('terraform', args, { cwd: work, env, stdio: 'inherit' });
        if (r.error) throw new Error(`could not run terraform (is Terraform 1.11 on the PATH?): ${r.error.message}`);
        if (r.status !== 0) return r.status ?? 1;
      }
      say('terraform installed the provider from the mirror, validated and planned with it configured for the three emulators. The token resources (and the rest of this demo) land with the provider issues.');
      return 0;
    } finally {
      await emulators.stop();
      rmSync(work, { recursive: true, force: true });
    }
  },
};

function say(line: string): void {
  process.stdout.write(`\n==> ${line}\n`);
}
