// TokenSet, synthesized with cdktf's Testing API: one token per consumer key, named after it, with the
// consumer's settings; one sensitive output of the tokens by consumer; problems fail synth naming the set
// or the consumer.
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Duration, Expiry, provider, Scope, TokenSet } from 'terraform-provider-authtoken';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'tokens');
  new provider.AuthtokenProvider(s, 'authtoken', {});
  return s;
}

const synth = (s: TerraformStack): Record<string, any> => JSON.parse(Testing.synth(s, true));

test('one OpenShift authorization per consumer, noted with its key unless given, rotating, as one sensitive map output', () => {
  const s = stack();
  const set = new TokenSet(s, 'deploy', {
    kind: 'openshift',
    renewBefore: Duration.hours(2),
    tokens: { web: { scopes: [Scope.session()], expiresIn: Duration.days(1) }, reports: { scopes: [Scope.read()], note: 'nightly reports' } },
  });
  const json = synth(s);
  expect(json.resource.authtoken_openshift_authorization).toEqual({
    deploy_web: { scopes: ['session'], note: 'web', expires_in: 86400, renew_before: '2h', lifecycle: { create_before_destroy: true } },
    deploy_reports: { scopes: ['read'], note: 'nightly reports', renew_before: '2h', lifecycle: { create_before_destroy: true } },
  });
  expect(json.output.deploy_tokens).toMatchObject({
    sensitive: true,
    value: { web: '${authtoken_openshift_authorization.deploy_web.token}', reports: '${authtoken_openshift_authorization.deploy_reports.token}' },
  });
  expect(Object.keys(set.tokenIds)).toEqual(['web', 'reports']);
});

test('VMS tokens without renewBefore are plain tokens, named after their consumer unless given', () => {
  const s = stack();
  new TokenSet(s, 'agents', { kind: 'vms', tokens: { build: { expiry: Expiry.days(30) }, backup: { name: 'nightly-backup', owner: 'backup' } } });
  const json = synth(s);
  expect(json.resource.authtoken_vms_api_token).toEqual({ agents_build: { name: 'build', expiry: '30D' }, agents_backup: { name: 'nightly-backup', owner: 'backup' } });
});

test('ALS tokens are labelled with their key; write-only secrets leave no token output', () => {
  const s = stack();
  const secret = new TerraformVariable(s, 'redis_secret', { type: 'string', sensitive: true });
  const set = new TokenSet(s, 'gateways', { kind: 'als', tokens: { redis: { secret: secret.stringValue, secretVersion: 1 } } });
  const json = synth(s);
  expect(json.resource.authtoken_als_service_auth_token.gateways_redis).toEqual({ label: 'redis', token_wo: '${var.redis_secret}', token_wo_version: 1 });
  expect(json.output).toBeUndefined();
  expect(set.tokens).toEqual({});
});

test.each([
  ['no consumers', (): any => ({ kind: 'vms', tokens: {} }), /\[tokens\/set\] tokens: no consumer/],
  ['a consumer key that cannot name a resource', (): any => ({ kind: 'vms', tokens: { 'ci pipeline': {} } }), /\[tokens\/set\/ci pipeline\] the consumer key "ci pipeline" cannot name a Terraform resource/],
  ['a bad expiry of one consumer', (): any => ({ kind: 'vms', tokens: { ok: { expiry: Expiry.days(1) }, bad: { expiry: Expiry.of('1y') } } }), /\[tokens\/set\/bad\] expiry: expiry "1y" is not in the VMS grammar/],
  ['more tokens than the VMS allows one owner', (): any => ({ kind: 'vms', tokens: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, {}])) }), /\[tokens\/set\] 6 VMS API tokens for the provider user exceed the 5 valid tokens the VMS allows each owner/],
  [
    'rotating tokens that would exceed the limit while old and new overlap',
    (): any => ({ kind: 'vms', renewBefore: Duration.days(1), tokens: { a: { owner: 'ci', expiry: Expiry.days(9) }, b: { owner: 'ci', expiry: Expiry.days(9) }, c: { owner: 'ci', expiry: Expiry.days(9) } } }),
    /\[tokens\/set\] 3 VMS API tokens for owner "ci" \(6 while they rotate, new before old\) exceed the 5/,
  ],
  ['renewBefore on ALS tokens', (): any => ({ kind: 'als', renewBefore: Duration.days(1), tokens: {} }), /\[tokens\/set\] renewBefore: ALS service auth tokens never expire/],
  ['a renewal window longer than a consumer lifetime', (): any => ({ kind: 'openshift', renewBefore: Duration.days(2), tokens: { web: { scopes: [Scope.session()], expiresIn: Duration.days(1) } } }), /\[tokens\/set\/web\] renewBefore \(48h\) must be shorter/],
])('%s fails synth with the path', (_what, props, message) => {
  const s = stack();
  new TokenSet(s, 'set', props());
  expect(() => Testing.synth(s, true)).toThrow(message);
});

test('a raised limit lets more tokens through', () => {
  const s = stack();
  new TokenSet(s, 'set', { kind: 'vms', maxTokensPerOwner: 10, tokens: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, {}])) });
  expect(Object.keys(synth(s).resource.authtoken_vms_api_token)).toHaveLength(6);
});
