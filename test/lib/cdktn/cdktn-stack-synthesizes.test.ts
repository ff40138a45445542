// A stack as a CDK Terrain app writes it (imports from `cdktn` and `terraform-provider-authtoken/cdktn`),
// synthesized with cdktn's Testing API: the constructs on cdktn's own generated classes give the resources,
// a sensitive output, the `ephemeral` block (a class of cdktn's generator, on cdktn's
// TerraformEphemeralResource, not this library's), the write-only attribute it feeds; mistakes fail synth
// with the constructs' messages, and cdktn's own target-version check holds.
import * as cdktn from 'cdktn';
import { TerraformStack, TerraformVariable, Testing } from 'cdktn';
import { alsServiceAuthToken, Duration, ephemeralAuthtokenVmsApiToken, Expiry, provider, RotatingToken, Scope, TokenSet } from 'terraform-provider-authtoken/cdktn';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'tokens');
  new provider.AuthtokenProvider(s, 'authtoken', {});
  return s;
}

const synth = (s: TerraformStack): Record<string, any> => JSON.parse(Testing.synth(s, true));

test('rotating tokens, a token set, an ephemeral token feeding write-only attributes and a provider block', () => {
  const s = stack();
  const ci = new RotatingToken(s, 'ci', { kind: 'vms', name: 'ci-pipeline', expiry: Expiry.days(180), renewBefore: Duration.hours(72) });
  new TokenSet(s, 'deploy', { kind: 'openshift', renewBefore: Duration.hours(2), tokens: { web: { scopes: [Scope.session()], expiresIn: Duration.days(1) } } });
  const seed = new ephemeralAuthtokenVmsApiToken.EphemeralAuthtokenVmsApiToken(s, 'seed', { name: 'gateway-seed', expiry: Expiry.hours(1).text });
  const mysql = new RotatingToken(s, 'mysql', { kind: 'als', label: 'mysql', secret: seed.token, secretVersion: 1 });
  new alsServiceAuthToken.AlsServiceAuthToken(s, 'redis', { label: 'redis', tokenWo: seed.token, tokenWoVersion: 2 });
  new provider.AuthtokenProvider(s, 'by_seed', { alias: 'by_seed', vms: { apiToken: seed.token } });
  const json = synth(s);

  expect(json.terraform.required_providers.authtoken).toEqual({ source: 'registry.terraform.io/authtoken/authtoken', version: '0.1.0' });
  expect(json.resource.authtoken_vms_api_token.ci).toEqual({ name: 'ci-pipeline', expiry: '180D', renew_before: '72h', lifecycle: { create_before_destroy: true } });
  expect(json.output.ci_token).toMatchObject({ sensitive: true, value: '${authtoken_vms_api_token.ci.token}' });
  expect(json.resource.authtoken_openshift_authorization.deploy).toMatchObject({ for_each: { web: { note: 'web', scopes: ['session'], expires_in: 86400 } }, renew_before: '2h' });
  expect(json.output.deploy_tokens.sensitive).toBe(true);
  expect(json.ephemeral.authtoken_vms_api_token.seed).toEqual({ name: 'gateway-seed', expiry: '1H' });
  expect(json.data).toBeUndefined();
  expect(json.resource.authtoken_als_service_auth_token.mysql).toEqual({ label: 'mysql', token_wo: '${nonsensitive(ephemeral.authtoken_vms_api_token.seed.token)}', token_wo_version: 1 });
  expect(json.resource.authtoken_als_service_auth_token.redis).toEqual({ label: 'redis', token_wo: '${ephemeral.authtoken_vms_api_token.seed.token}', token_wo_version: 2 });
  expect(json.provider.authtoken).toContainEqual({ alias: 'by_seed', vms: { api_token: '${ephemeral.authtoken_vms_api_token.seed.token}' } });
  expect(mysql.output).toBeUndefined();

  // cdktn's classes throughout: the generator's ephemeral class, the constructs' resources.
  expect(seed).toBeInstanceOf(cdktn.TerraformEphemeralResource);
  expect(ci.resource).toBeInstanceOf(cdktn.TerraformResource);
  expect(ci.output).toBeInstanceOf(cdktn.TerraformOutput);
});

test.each([
  ['a renewal window as long as the expiry', (s: TerraformStack) => new RotatingToken(s, 'bad', { kind: 'vms', expiry: Expiry.days(3), renewBefore: Duration.hours(72) }), /\[tokens\/bad\] renewBefore \(72h\) must be shorter than the token's expiry \(3D\)/],
  ['a bad domain scope', (s: TerraformStack) => new RotatingToken(s, 'bad', { kind: 'openshift', scopes: [Scope.domain('web', 'view')], renewBefore: Duration.hours(1) }), /\[tokens\/bad\] scopes: Scope\.domain\("web", "view"\): a domain id is 24 lower-case hex digits/],
  ['a literal ALS secret', (s: TerraformStack) => new RotatingToken(s, 'bad', { kind: 'als', label: 'mysql', secret: 'hunter2hunter2' }), /\[tokens\/bad\] secret: give a sensitive TerraformVariable or an ephemeral value .* never a literal/],
  ['a bad expiry of one consumer', (s: TerraformStack) => new TokenSet(s, 'set', { kind: 'vms', tokens: { ok: { expiry: Expiry.days(1) }, bad: { expiry: Expiry.of('1y') } } }), /\[tokens\/set\] bad: expiry: expiry "1y" is not in the VMS grammar/],
])('%s fails synth with the construct path', (_what, make, message) => {
  const s = stack();
  make(s);
  expect(() => Testing.synth(s, true)).toThrow(message);
});

test('without targetVersions, cdktn refuses ephemeral resources and write-only attributes for Terraform older than they need', () => {
  const saved = process.env.CDKTF_CONTEXT_JSON;
  delete process.env.CDKTF_CONTEXT_JSON;
  try {
    const s = stack();
    const secret = new TerraformVariable(s, 'gateway_secret', { type: 'string', sensitive: true });
    new RotatingToken(s, 'mysql', { kind: 'als', label: 'mysql', secret: secret.stringValue, secretVersion: 1 });
    new ephemeralAuthtokenVmsApiToken.EphemeralAuthtokenVmsApiToken(s, 'seed', {});
    expect(() => Testing.synth(s, true)).toThrow(/\[tokens\/mysql\/Default\] write-only attributes requires terraform >=1\.11\.0, but the project targets terraform >=1\.5\.7[\s\S]*\[tokens\/seed\] ephemeral resources requires terraform >=1\.10\.0/);
    // Declared, as cdktf.json's targetVersions or the App's context, it synthesizes.
    const declared = new TerraformStack(Testing.app({ context: { targetVersions: { terraform: '>=1.11.0' } } }), 'tokens');
    new provider.AuthtokenProvider(declared, 'authtoken', {});
    new RotatingToken(declared, 'mysql', { kind: 'als', label: 'mysql', secret: new TerraformVariable(declared, 'gateway_secret', { sensitive: true }).stringValue, secretVersion: 1 });
    expect(synth(declared).resource.authtoken_als_service_auth_token.mysql.token_wo_version).toBe(1);
  } finally {
    process.env.CDKTF_CONTEXT_JSON = saved;
  }
});

test('in this jest project cdktf resolves to cdktn, so the CDKTF suites run again here on CDK Terrain', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(require('cdktf')).toBe(require('cdktn'));
});
