import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { dataAuthtokenOpenshiftAuthorizations } from 'terraform-provider-authtoken';

// When the authorizations of the provider's user expire (their tokens are sensitive and not shown).
export function authorizations(scope: Construct): dataAuthtokenOpenshiftAuthorizations.DataAuthtokenOpenshiftAuthorizations {
  const all = new dataAuthtokenOpenshiftAuthorizations.DataAuthtokenOpenshiftAuthorizations(scope, 'mine', {});
  new TerraformOutput(scope, 'authorization_expiry', { value: `\${{ for a in ${all.fqn}.authorizations : a.id => a.expires_at }}` });
  return all;
}
