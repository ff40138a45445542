import { Fn, Token } from 'cdktf';
import type { Construct } from 'constructs';
import { alsServiceAuthToken, ephemeralAuthtokenVmsApiToken, Expiry, provider } from 'terraform-provider-authtoken';

// A VMS API token for this run only: it configures a second provider (no password there) and feeds the
// write-only secret of an ALS token. It is revoked when the run ends and never written to state or plan.
export function runToken(scope: Construct): ephemeralAuthtokenVmsApiToken.EphemeralAuthtokenVmsApiToken {
  const run = new ephemeralAuthtokenVmsApiToken.EphemeralAuthtokenVmsApiToken(scope, 'run', {
    name: 'terraform-run',
    expiry: Expiry.hours(1).text, // if a run dies before closing it, it still expires on its own
  });
  new provider.AuthtokenProvider(scope, 'vms_by_token', { alias: 'vms_by_token', vms: { apiToken: run.token } });
  // A write-only argument is never stored or shown: nonsensitive() keeps Terraform 1.11 from recording a
  // second sensitive path beside `token`, which would make refresh-only drift checks flap.
  new alsServiceAuthToken.AlsServiceAuthToken(scope, 'mysql', { label: 'mysql', tokenWo: Token.asString(Fn.nonsensitive(run.token)), tokenWoVersion: 1 });
  return run;
}
