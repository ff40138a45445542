import type { Construct } from 'constructs';
import { Duration, ephemeralAuthtokenOpenshiftAuthorization, provider, Scope } from 'terraform-provider-authtoken';

// An OpenShift authorization for this run only, configuring a provider that acts with it instead of the
// password; deleted when the run ends and never written to state or plan.
export function runAuthorization(scope: Construct): ephemeralAuthtokenOpenshiftAuthorization.EphemeralAuthtokenOpenshiftAuthorization {
  const run = new ephemeralAuthtokenOpenshiftAuthorization.EphemeralAuthtokenOpenshiftAuthorization(scope, 'run', {
    scopes: [Scope.session().text],
    note: 'terraform run',
    expiresIn: Duration.hours(1).inSeconds, // longer than the run: the broker cannot extend it
  });
  new provider.AuthtokenProvider(scope, 'openshift_by_token', { alias: 'openshift_by_token', openshift: { token: run.token } });
  return run;
}
