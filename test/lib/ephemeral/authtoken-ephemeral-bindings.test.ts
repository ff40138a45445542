// The generated ephemeral classes of authtoken, synthesized with cdktf's Testing API: an `ephemeral` block
// (never `data`), its token referenced as ephemeral.<type>.<name>.token by a write-only argument and by a
// provider block, its typed arguments written under their Terraform names.
import { TerraformStack, Testing } from 'cdktf';
import { alsServiceAuthToken, Duration, ephemeralAuthtokenOpenshiftAuthorization, ephemeralAuthtokenVmsApiToken, Expiry, provider, Scope, TerraformEphemeralResource } from 'terraform-provider-authtoken';

test('an ephemeral VMS token feeds an ALS token_wo and a provider alias', () => {
  const stack = new TerraformStack(Testing.app(), 'tokens');
  new provider.AuthtokenProvider(stack, 'authtoken', {});
  const run = new ephemeralAuthtokenVmsApiToken.EphemeralAuthtokenVmsApiToken(stack, 'run', { name: 'terraform-run', owner: 'ci', expiry: Expiry.hours(1).text });
  new provider.AuthtokenProvider(stack, 'by_token', { alias: 'by_token', vms: { apiToken: run.token } });
  new alsServiceAuthToken.AlsServiceAuthToken(stack, 'mysql', { label: 'mysql', tokenWo: run.token, tokenWoVersion: 2 });
  const json = JSON.parse(Testing.synth(stack, true));
  expect(json.ephemeral.authtoken_vms_api_token.run).toEqual({ name: 'terraform-run', owner: 'ci', expiry: '1H' });
  expect(json.data).toBeUndefined();
  expect(json.resource.authtoken_als_service_auth_token.mysql).toEqual({ label: 'mysql', token_wo: '${ephemeral.authtoken_vms_api_token.run.token}', token_wo_version: 2 });
  expect(json.provider.authtoken).toContainEqual({ alias: 'by_token', vms: { api_token: '${ephemeral.authtoken_vms_api_token.run.token}' } });
  expect(TerraformEphemeralResource.isTerraformEphemeralResource(run)).toBe(true);
});

test('an ephemeral OpenShift authorization takes scopes as a list and its lifetime in seconds', () => {
  const stack = new TerraformStack(Testing.app(), 'tokens');
  const p = new provider.AuthtokenProvider(stack, 'authtoken', {});
  new ephemeralAuthtokenOpenshiftAuthorization.EphemeralAuthtokenOpenshiftAuthorization(stack, 'run', { scopes: [Scope.session().text], expiresIn: Duration.hours(1).inSeconds, provider: p });
  const json = JSON.parse(Testing.synth(stack, true));
  expect(json.ephemeral.authtoken_openshift_authorization.run).toEqual({ scopes: ['session'], expires_in: 3600, provider: 'authtoken' });
});
