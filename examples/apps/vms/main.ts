// VAST Data VMS API tokens as code. The HCL twin of this stack is main.tf, beside this file.
//
//   - the CI pipeline's token, valid 90 days and replaced a week before it expires (RotatingToken);
//   - one token per build agent, from a map (TokenSet), managed by a provider that acts with an API token
//     opened for this run only (an ephemeral resource): the password opens that token and nothing else;
//   - every token a sensitive output.
//
// Credentials come from the environment (VMS_ENDPOINT, VMS_USERNAME, VMS_PASSWORD), never from this file.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { Duration, ephemeralAuthtokenVmsApiToken, Expiry, provider, ProviderLockFile, RotatingToken, TokenSet } from 'terraform-provider-authtoken';

export class VmsTokensStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.AuthtokenProvider(this, 'authtoken', {});
    new ProviderLockFile(this, 'lock');

    const ci = new RotatingToken(this, 'ci', { kind: 'vms', name: 'ci-pipeline', expiry: Expiry.days(90), renewBefore: Duration.days(7) });
    new TerraformOutput(this, 'ci_token_expires_at', { value: ci.expiresAt });

    // Revoked when the run ends; its expiry only matters if a run dies before closing it.
    const run = new ephemeralAuthtokenVmsApiToken.EphemeralAuthtokenVmsApiToken(this, 'run', { name: 'terraform-run', expiry: Expiry.hours(1).text });
    const byToken = new provider.AuthtokenProvider(this, 'by_token', { alias: 'by_token', vms: { apiToken: run.token } });

    new TokenSet(this, 'agents', {
      kind: 'vms',
      provider: byToken,
      tokens: {
        linux: { expiry: Expiry.days(30) },
        windows: { name: 'windows-agent', expiry: Expiry.days(30) },
      },
    });
  }
}

if (require.main === module) {
  const app = new App();
  new VmsTokensStack(app, 'vms-tokens');
  app.synth();
}
