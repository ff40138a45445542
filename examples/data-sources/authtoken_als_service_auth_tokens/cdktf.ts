import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { dataAuthtokenAlsServiceAuthTokens } from 'terraform-provider-authtoken';

// The guids of the MySQL service auth tokens, e.g. to import one.
export function mysqlTokens(scope: Construct): dataAuthtokenAlsServiceAuthTokens.DataAuthtokenAlsServiceAuthTokens {
  const tokens = new dataAuthtokenAlsServiceAuthTokens.DataAuthtokenAlsServiceAuthTokens(scope, 'mysql', { label: 'mysql' });
  new TerraformOutput(scope, 'mysql_token_guids', { value: `\${[for t in ${tokens.fqn}.tokens : t.guid]}` });
  return tokens;
}
