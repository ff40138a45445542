import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { Duration, openshiftAuthorization, Scope } from 'terraform-provider-authtoken';

// A day-long token for deployments into one domain, replaced by the first plan in its last 2 hours.
export function deployToken(scope: Construct): openshiftAuthorization.OpenshiftAuthorization {
  const token = new openshiftAuthorization.OpenshiftAuthorization(scope, 'deploy', {
    scopes: [Scope.domain('5f0c9a3e2b1d4c6e8a7b9c0d', 'edit').text],
    note: 'deploy pipeline',
    expiresIn: Duration.days(1).inSeconds,
    renewBefore: Duration.hours(2).text,
    lifecycle: { createBeforeDestroy: true },
  });
  new TerraformOutput(scope, 'deploy_token', { value: token.token, sensitive: true });
  return token;
}
