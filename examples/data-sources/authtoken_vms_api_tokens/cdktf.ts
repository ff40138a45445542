import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { dataAuthtokenVmsApiTokens } from 'terraform-provider-authtoken';

// When each of the CI user's tokens was last used: stale ones are candidates for revocation.
export function ciTokens(scope: Construct): dataAuthtokenVmsApiTokens.DataAuthtokenVmsApiTokens {
  const tokens = new dataAuthtokenVmsApiTokens.DataAuthtokenVmsApiTokens(scope, 'ci', { owner: 'ci' });
  new TerraformOutput(scope, 'ci_tokens_last_used', { value: `\${{ for t in ${tokens.fqn}.api_tokens : t.name => t.last_used }}` });
  return tokens;
}
