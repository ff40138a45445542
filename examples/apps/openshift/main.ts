// OpenShift v2 authorizations as code. The HCL twin of this stack is main.tf, beside this file.
//
//   - the deploy pipeline's session token, valid a week and replaced a day before it expires (RotatingToken);
//   - one read-only token per dashboard, from a map, each renewed 3 days before it expires (TokenSet),
//     managed by a provider that acts with an authorization opened for this run only (an ephemeral
//     resource) instead of the password;
//   - the scopes the broker offers, with their default lifetimes (a data source);
//   - every token a sensitive output.
//
// Credentials come from the environment (OPENSHIFT_SERVER, OPENSHIFT_USERNAME, OPENSHIFT_PASSWORD).
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { dataAuthtokenOpenshiftScopes, Duration, ephemeralAuthtokenOpenshiftAuthorization, provider, ProviderLockFile, RotatingToken, Scope, TokenSet } from 'terraform-provider-authtoken';

export class OpenShiftTokensStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.AuthtokenProvider(this, 'authtoken', {});
    new ProviderLockFile(this, 'lock');

    new RotatingToken(this, 'deploy', { kind: 'openshift', scopes: [Scope.session()], note: 'deploy pipeline', expiresIn: Duration.days(7), renewBefore: Duration.days(1) });

    // Deleted when the run ends; the broker cannot extend it, so it outlives any run.
    const run = new ephemeralAuthtokenOpenshiftAuthorization.EphemeralAuthtokenOpenshiftAuthorization(this, 'run', {
      scopes: [Scope.session().text],
      note: 'terraform run',
      expiresIn: Duration.hours(1).inSeconds,
    });
    const byToken = new provider.AuthtokenProvider(this, 'by_token', { alias: 'by_token', openshift: { token: run.token } });

    new TokenSet(this, 'dashboards', {
      kind: 'openshift',
      provider: byToken,
      renewBefore: Duration.days(3),
      tokens: {
        grafana: { scopes: [Scope.read()], note: 'grafana dashboards', expiresIn: Duration.days(30) },
        status: { scopes: [Scope.userinfo()], note: 'status page', expiresIn: Duration.days(30) },
      },
    });

    const offered = new dataAuthtokenOpenshiftScopes.DataAuthtokenOpenshiftScopes(this, 'offered', {});
    new TerraformOutput(this, 'scope_default_validity', { value: `\${{ for s in ${offered.fqn}.scopes : s.name => s.default_validity }}` });
  }
}

if (require.main === module) {
  const app = new App();
  new OpenShiftTokensStack(app, 'openshift-tokens');
  app.synth();
}
