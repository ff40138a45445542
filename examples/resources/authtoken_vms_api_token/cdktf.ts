import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import { Duration, Expiry, vmsApiToken } from 'terraform-provider-authtoken';

// The CI pipeline's token, valid 180 days, replaced by the first plan made within 3 days of its expiry.
export function ciToken(scope: Construct): vmsApiToken.VmsApiToken {
  const token = new vmsApiToken.VmsApiToken(scope, 'ci', {
    name: 'ci-pipeline',
    expiry: Expiry.days(180).text,
    renewBefore: Duration.hours(72).text,
    lifecycle: { createBeforeDestroy: true }, // the new token exists before the old one is revoked
  });
  new TerraformOutput(scope, 'ci_token', { value: token.token, sensitive: true });
  return token;
}
