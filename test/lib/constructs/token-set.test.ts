// TokenSet, synthesized with cdktf's Testing API: one resource with for_each over the consumers, each
// consumer's settings in the map (its key the default name, note or label), secrets looked up by key
// (never in the for_each map), one sensitive output of the tokens by consumer; problems fail synth naming
// the set and the consumer.
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Duration, Expiry, provider, Scope, TokenSet } from 'terraform-provider-authtoken';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'tokens');
  new provider.AuthtokenProvider(s, 'authtoken', {});
  return s;
}

const synth = (s: TerraformStack): Record<string, any> => JSON.parse(Testing.synth(s, true));

test('OpenShift authorizations: for_each over the consumers, noted with their key unless given, rotating, one sensitive map output', () => {
  const s = stack();
  const set = new TokenSet(s, 'deploy', {
    kind: 'openshift',
    renewBefore: Duration.hours(2),
    tokens: { web: { scopes: [Scope.session()], expiresIn: Duration.days(1) }, reports: { scopes: [Scope.read()], note: 'nightly reports' } },
  });
  const json = synth(s);
  expect(json.resource.authtoken_openshift_authorization).toEqual({
    deploy: {
      for_each: {
        web: { scopes: ['session'], note: 'web', expires_in: 86400 },
        reports: { scopes: ['read'], note: 'nightly reports', expires_in: null },
      },
      scopes: '${each.value.scopes}',
      note: '${each.value.note}',
      expires_in: '${each.value.expires_in}',
      renew_before: '2h',
      lifecycle: { create_before_destroy: true },
    },
  });
  expect(json.output.deploy_tokens).toMatchObject({ sensitive: true, value: '${{ for key, t in authtoken_openshift_authorization.deploy : key => t.token }}' });
  expect(Object.keys(set.tokenIds)).toEqual(['web', 'reports']);
  expect(Testing.synth(s)).not.toContain('TfToken');
});

test('each consumer can be referred to by its key', () => {
  const s = stack();
  const set = new TokenSet(s, 'agents', { kind: 'vms', tokens: { build: { expiry: Expiry.days(30) }, backup: { name: 'nightly-backup', owner: 'backup' } } });
  new TokenSet(s, 'more', { kind: 'vms', tokens: { other: { owner: set.tokenIds['backup'] } } });
  const json = synth(s);
  expect(json.resource.authtoken_vms_api_token.agents.for_each).toEqual({ build: { name: 'build', owner: null, expiry: '30D' }, backup: { name: 'nightly-backup', owner: 'backup', expiry: null } });
  expect(json.resource.authtoken_vms_api_token.agents.lifecycle).toBeUndefined();
  expect(json.resource.authtoken_vms_api_token.more.for_each.other.owner).toBe('${authtoken_vms_api_token.agents["backup"].id}');
});

test('ALS secrets are looked up by key, outside the for_each map; write-only secrets leave no token output', () => {
  const s = stack();
  const redis = new TerraformVariable(s, 'redis_secret', { type: 'string', sensitive: true });
  const mongo = new TerraformVariable(s, 'mongo_secret', { type: 'string', sensitive: true });
  const set = new TokenSet(s, 'gateways', { kind: 'als', tokens: { redis: { secret: redis.stringValue, secretVersion: 1 }, mongodb: { secret: mongo.stringValue, secretVersion: 2 } } });
  const json = synth(s);
  expect(json.resource.authtoken_als_service_auth_token.gateways).toEqual({
    for_each: { redis: { label: 'redis', token_wo_version: 1 }, mongodb: { label: 'mongodb', token_wo_version: 2 } },
    label: '${each.value.label}',
    token_wo: '${nonsensitive({"redis" = var.redis_secret, "mongodb" = var.mongo_secret}[each.key])}',
    token_wo_version: '${each.value.token_wo_version}',
  });
  expect(json.output).toBeUndefined();
  expect(set.tokens).toEqual({});
});

test.each([
  ['no consumers', (): any => ({ kind: 'vms', tokens: {} }), /\[tokens\/set\] tokens: no consumer/],
  ['a consumer key that makes a poor instance key', (): any => ({ kind: 'vms', tokens: { 'ci pipeline': {} } }), /\[tokens\/set\] ci pipeline: the consumer key "ci pipeline" makes a poor instance key/],
  ['a bad expiry of one consumer', (): any => ({ kind: 'vms', tokens: { ok: { expiry: Expiry.days(1) }, bad: { expiry: Expiry.of('1y') } } }), /\[tokens\/set\] bad: expiry: expiry "1y" is not in the VMS grammar/],
  ['more tokens than the VMS allows one owner', (): any => ({ kind: 'vms', tokens: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, {}])) }), /\[tokens\/set\] 6 VMS API tokens for the provider user exceed the 5 valid tokens the VMS allows each owner/],
  [
    'rotating tokens that would exceed the limit while old and new overlap',
    (): any => ({ kind: 'vms', renewBefore: Duration.days(1), tokens: { a: { owner: 'ci', expiry: Expiry.days(9) }, b: { owner: 'ci', expiry: Expiry.days(9) }, c: { owner: 'ci', expiry: Expiry.days(9) } } }),
    /\[tokens\/set\] 3 VMS API tokens for owner "ci" \(6 while they rotate, new before old\) exceed the 5/,
  ],
  ['renewBefore on ALS tokens', (s: TerraformStack): any => ({ kind: 'als', renewBefore: Duration.days(1), tokens: { a: { secret: new TerraformVariable(s, 'v', {}).stringValue } } }), /\[tokens\/set\] renewBefore: ALS service auth tokens never expire/],
  [
    'ALS consumers mixing write-only and stored secrets',
    (s: TerraformStack): any => ({ kind: 'als', tokens: { a: { secret: new TerraformVariable(s, 'v', {}).stringValue, secretVersion: 1 }, b: { secret: new TerraformVariable(s, 'w', {}).stringValue } } }),
    /\[tokens\/set\] either every consumer gives a secretVersion/,
  ],
  ['a literal ALS secret', (): any => ({ kind: 'als', tokens: { redis: { secret: 'hunter2' } } }), /\[tokens\/set\] redis: secret: give a sensitive TerraformVariable or an ephemeral value/],
  ['a renewal window longer than a consumer lifetime', (): any => ({ kind: 'openshift', renewBefore: Duration.days(2), tokens: { web: { scopes: [Scope.session()], expiresIn: Duration.days(1) } } }), /\[tokens\/set\] web: renewBefore \(48h\) must be shorter/],
])('%s fails synth with the path', (_what, props, message) => {
  const s = stack();
  new TokenSet(s, 'set', props(s));
  expect(() => Testing.synth(s, true)).toThrow(message);
});

test('a raised limit lets more tokens through', () => {
  const s = stack();
  new TokenSet(s, 'set', { kind: 'vms', maxTokensPerOwner: 10, tokens: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, {}])) });
  expect(Object.keys(synth(s).resource.authtoken_vms_api_token.set.for_each)).toHaveLength(6);
});

test('an unknown kind is refused at once, naming the path', () => {
  expect(() => new TokenSet(stack(), 'set', { kind: 'github', tokens: { a: {} } } as any)).toThrow(/tokens\/set: unknown token kind "github"/);
});
