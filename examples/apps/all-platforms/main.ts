// Tokens on all three platforms in one stack: what `npm run demo` deploys, and what `cdktf synth` at the
// top of this repository synthesizes (cdktf.json). The same stack in HCL is main.tf, beside this file.
//
//   - VMS: the CI pipeline's API token, renewed 3 days before it expires;
//   - OpenShift: one deploy token per team, each renewed 2 hours before it expires;
//   - ALS: the MySQL service gateway's secret, write-only, taken from a VMS API token opened for this run
//     only (an ephemeral resource): it is in no state, plan or output. Raise secretVersion to rotate it.
//
// Credentials come from the environment (ALS_*, VMS_*, OPENSHIFT_*), never from this file.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { Duration, ephemeralAuthtokenVmsApiToken, Expiry, provider, ProviderLockFile, RotatingToken, Scope, TokenSet } from 'terraform-provider-authtoken';

export class AllPlatformsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.AuthtokenProvider(this, 'authtoken', {});
    // The lock file `npx authtoken mirror DIR` wrote, when AUTHTOKEN_MIRROR names DIR: offline init, no warning.
    new ProviderLockFile(this, 'lock');

    const ci = new RotatingToken(this, 'ci', { kind: 'vms', name: 'ci-pipeline', expiry: Expiry.days(180), renewBefore: Duration.hours(72) });
    new TerraformOutput(this, 'ci_token_id', { value: ci.tokenId });
    new TerraformOutput(this, 'ci_token_expires_at', { value: ci.expiresAt });

    new TokenSet(this, 'deploy', {
      kind: 'openshift',
      renewBefore: Duration.hours(2),
      tokens: {
        web: { scopes: [Scope.session()], note: 'web team deploys', expiresIn: Duration.days(1) },
        reports: { scopes: [Scope.read()], note: 'nightly reports', expiresIn: Duration.days(1) },
      },
    });

    const seed = new ephemeralAuthtokenVmsApiToken.EphemeralAuthtokenVmsApiToken(this, 'gateway_secret', { name: 'mysql-gateway-secret', expiry: Expiry.hours(1).text });
    const mysql = new RotatingToken(this, 'mysql', { kind: 'als', label: 'mysql', secret: seed.token, secretVersion: 1 });
    new TerraformOutput(this, 'mysql_token_guid', { value: mysql.tokenId });
  }
}

if (require.main === module) {
  const app = new App();
  new AllPlatformsStack(app, 'all-platforms');
  app.synth();
}
