import { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { alsServiceAuthToken } from 'terraform-provider-authtoken';

// The secret the MySQL service gateway presents to the Cloud Controller.
export function mysqlGatewayToken(scope: Construct): alsServiceAuthToken.AlsServiceAuthToken {
  const secret = new TerraformVariable(scope, 'mysql_gateway_secret', { type: 'string', sensitive: true });
  return new alsServiceAuthToken.AlsServiceAuthToken(scope, 'mysql', {
    label: 'mysql',
    serviceProvider: 'core',
    token: secret.stringValue,
  });
}
