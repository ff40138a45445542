import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { dataAuthtokenOpenshiftScopes } from 'terraform-provider-authtoken';

// The longest lifetime the broker allows each scope, to choose an authorization's expires_in.
export function brokerScopes(scope: Construct): dataAuthtokenOpenshiftScopes.DataAuthtokenOpenshiftScopes {
  const scopes = new dataAuthtokenOpenshiftScopes.DataAuthtokenOpenshiftScopes(scope, 'broker', {});
  new TerraformOutput(scope, 'scope_maximum_seconds', { value: `\${{ for s in ${scopes.fqn}.scopes : s.name => s.maximum_validity_seconds }}` });
  return scopes;
}
