// `authtoken schema`: the provider schema as `terraform providers schema -json` prints it, plus
// provider_versions (which CDKTF's binding generator needs), without running Terraform.
import { providerSchemaJson } from '../../framework/schema/to-json';
import { authtokenProvider } from '../../provider/authtoken-provider';
import { PROVIDER_SOURCE } from '../../provider/identity';
import type { Command } from './index';

export const schema: Command = {
  summary: 'print the provider schema in the `terraform providers schema -json` format',
  async run(args) {
    if (args.length > 0) {
      process.stderr.write('usage: authtoken schema\n');
      return 2;
    }
    process.stdout.write(`${JSON.stringify(providerSchemaJson(authtokenProvider, PROVIDER_SOURCE))}\n`);
    return 0;
  },
};
