// HP Helion ALS service auth tokens as code. The HCL twin of this stack is main.tf, beside this file.
//
//   - the MySQL gateway's secret, write-only: given as an ephemeral variable (TF_VAR_mysql_secret), sent to
//     the Cloud Controller and kept out of state and plan; raise TF_VAR_mysql_secret_version to rotate it;
//   - one token per other service gateway, from a map (TokenSet), their secrets sensitive variables,
//     shown back only as a sensitive output.
//
// Credentials come from the environment (ALS_API_ENDPOINT, ALS_USERNAME, ALS_PASSWORD).
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { provider, ProviderLockFile, RotatingToken, TokenSet } from 'terraform-provider-authtoken';

export class AlsTokensStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.AuthtokenProvider(this, 'authtoken', {});
    new ProviderLockFile(this, 'lock');

    const mysqlSecret = new TerraformVariable(this, 'mysql_secret', { type: 'string', sensitive: true, description: "The MySQL gateway's secret." });
    // Never written to a plan or state file (Terraform 1.10+); cdktf 0.21 has no option for it yet.
    mysqlSecret.addOverride('ephemeral', true);
    const mysqlVersion = new TerraformVariable(this, 'mysql_secret_version', { type: 'number', default: 1, description: 'Raise it to send a new mysql_secret.' });
    const mysql = new RotatingToken(this, 'mysql', { kind: 'als', label: 'mysql', secret: mysqlSecret.stringValue, secretVersion: mysqlVersion.numberValue });
    new TerraformOutput(this, 'mysql_token_guid', { value: mysql.tokenId });

    const secret = (name: string) => new TerraformVariable(this, name, { type: 'string', sensitive: true }).stringValue;
    new TokenSet(this, 'gateways', {
      kind: 'als',
      tokens: {
        redis: { secret: secret('redis_secret') },
        postgresql: { serviceProvider: 'crunchy', secret: secret('postgresql_secret') },
      },
    });
  }
}

if (require.main === module) {
  const app = new App();
  new AlsTokensStack(app, 'als-tokens');
  app.synth();
}
