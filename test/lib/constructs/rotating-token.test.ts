// RotatingToken, synthesized with cdktf's Testing API: each kind becomes its generated resource with
// renew_before and create_before_destroy, the token a sensitive output; mistakes fail synth naming the
// construct's path.
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { Duration, Expiry, provider, RotatingToken, Scope } from 'terraform-provider-authtoken';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'tokens');
  new provider.AuthtokenProvider(s, 'authtoken', {});
  return s;
}

function synth(s: TerraformStack): Record<string, any> {
  return JSON.parse(Testing.synth(s, true));
}

test('a VMS token renews before its expiry, new before old, and its token is a sensitive output', () => {
  const s = stack();
  const ci = new RotatingToken(s, 'ci', { kind: 'vms', name: 'ci-pipeline', owner: 'ci', expiry: Expiry.days(180), renewBefore: Duration.hours(72) });
  const json = synth(s);
  expect(json.resource.authtoken_vms_api_token.ci).toEqual({
    name: 'ci-pipeline',
    owner: 'ci',
    expiry: '180D',
    renew_before: '72h',
    lifecycle: { create_before_destroy: true },
  });
  expect(json.output.ci_token).toMatchObject({ sensitive: true, value: '${authtoken_vms_api_token.ci.token}' });
  expect(ci.tokenId).toMatch(/^\$\{TfToken\[/);
});

test('an OpenShift token takes typed scopes and its lifetime in seconds', () => {
  const s = stack();
  new RotatingToken(s, 'deploy', { kind: 'openshift', scopes: [Scope.session(), Scope.domain('5f0c9a3e2b1d4c6e8a7b9c0d', 'edit')], note: 'deploys', expiresIn: Duration.days(1), renewBefore: Duration.hours(2) });
  const json = synth(s);
  expect(json.resource.authtoken_openshift_authorization.deploy).toEqual({
    scopes: ['session', 'domain/5f0c9a3e2b1d4c6e8a7b9c0d/edit'],
    note: 'deploys',
    expires_in: 86400,
    renew_before: '2h',
    lifecycle: { create_before_destroy: true },
  });
  expect(json.output.deploy_token).toMatchObject({ sensitive: true, value: '${authtoken_openshift_authorization.deploy.token}' });
});

test('an ALS token with a secret version is write-only, without the sensitive mark that would make refresh-only flap, and has no token output', () => {
  const s = stack();
  const secret = new TerraformVariable(s, 'gateway_secret', { type: 'string', sensitive: true });
  const mysql = new RotatingToken(s, 'mysql', { kind: 'als', label: 'mysql', secret: secret.stringValue, secretVersion: 3 });
  const json = synth(s);
  expect(json.resource.authtoken_als_service_auth_token.mysql).toEqual({ label: 'mysql', token_wo: '${nonsensitive(var.gateway_secret)}', token_wo_version: 3 });
  expect(json.output).toBeUndefined();
  expect(mysql.token).toBeUndefined();
});

test('an ALS token without a version stores its secret, shown only as a sensitive output', () => {
  const s = stack();
  const secret = new TerraformVariable(s, 'gateway_secret', { type: 'string', sensitive: true });
  new RotatingToken(s, 'mysql', { kind: 'als', label: 'mysql', serviceProvider: 'acme', secret: secret.stringValue, outputName: 'mysql_secret' });
  const json = synth(s);
  expect(json.resource.authtoken_als_service_auth_token.mysql).toEqual({ label: 'mysql', service_provider: 'acme', token: '${var.gateway_secret}' });
  expect(json.output.mysql_secret).toMatchObject({ sensitive: true, value: '${authtoken_als_service_auth_token.mysql.token}' });
});

test('nested in another construct, the token is named after its path, and a provider alias is passed on', () => {
  const s = stack();
  const other = new provider.AuthtokenProvider(s, 'other', { alias: 'other' });
  const group = new Construct(s, 'team-a');
  new RotatingToken(group, 'ci', { kind: 'vms', expiry: Expiry.weeks(4), renewBefore: Duration.days(3), provider: other });
  const json = synth(s);
  expect(json.resource.authtoken_vms_api_token['team-a_ci']).toMatchObject({ provider: 'authtoken.other', expiry: '4W', renew_before: '72h' });
  expect(json.output['team-a_ci_token'].value).toBe('${authtoken_vms_api_token.team-a_ci.token}');
});

test.each([
  ['a renewal window as long as the expiry', () => ({ kind: 'vms', expiry: Expiry.days(3), renewBefore: Duration.hours(72) }), /\[tokens\/bad\] renewBefore \(72h\) must be shorter than the token's expiry \(3D\)/],
  ['a VMS token without expiry', () => ({ kind: 'vms', renewBefore: Duration.hours(1) }), /\[tokens\/bad\] a rotating VMS token needs an expiry/],
  ['a bad expiry', () => ({ kind: 'vms', expiry: Expiry.of('180X'), renewBefore: Duration.hours(1) }), /\[tokens\/bad\] expiry: expiry "180X" is not in the VMS grammar/],
  ['a bad renewal window', () => ({ kind: 'vms', expiry: Expiry.days(9), renewBefore: Duration.of('3d') }), /\[tokens\/bad\] renewBefore: duration "3d" is not a positive Go duration/],
  ['no renewal window (JavaScript callers)', () => ({ kind: 'openshift', scopes: [Scope.session()] }), /\[tokens\/bad\] renewBefore is required/],
  ['no scopes', () => ({ kind: 'openshift', scopes: [], renewBefore: Duration.hours(1) }), /\[tokens\/bad\] scopes: an authorization grants at least one scope/],
  ['a bad domain id', () => ({ kind: 'openshift', scopes: [Scope.domain('web', 'view')], renewBefore: Duration.hours(1) }), /\[tokens\/bad\] scopes: Scope\.domain\("web", "view"\): a domain id is 24 lower-case hex digits/],
  ['an OpenShift lifetime shorter than the window', () => ({ kind: 'openshift', scopes: [Scope.read()], expiresIn: Duration.hours(1), renewBefore: Duration.hours(2) }), /renewBefore \(2h\) must be shorter than the token's lifetime \(expiresIn 1h\)/],
  ['a lifetime in part-seconds', () => ({ kind: 'openshift', scopes: [Scope.read()], expiresIn: Duration.of('1500ms'), renewBefore: Duration.of('1s') }), /expiresIn \(1500ms\): the broker takes whole seconds/],
  ['a literal ALS secret', () => ({ kind: 'als', label: 'mysql', secret: 'hunter2hunter2' }), /\[tokens\/bad\] secret: give a sensitive TerraformVariable or an ephemeral value .* never a literal/],
  ['an ALS secret version of 0', (s: TerraformStack) => ({ kind: 'als', label: 'mysql', secret: new TerraformVariable(s, 'v', { sensitive: true }).stringValue, secretVersion: 0 }), /secretVersion \(0\): a whole number above zero/],
  ['a renewal window on an ALS token', (s: TerraformStack) => ({ kind: 'als', label: 'mysql', secret: new TerraformVariable(s, 'v', { sensitive: true }).stringValue, renewBefore: Duration.hours(1) }), /renewBefore: an ALS service auth token never expires/],
  ['an empty name', () => ({ kind: 'vms', name: ' ', expiry: Expiry.days(9), renewBefore: Duration.hours(1) }), /\[tokens\/bad\] name: empty/],
  ['a bad output name', () => ({ kind: 'vms', expiry: Expiry.days(9), renewBefore: Duration.hours(1), outputName: '1st token' }), /outputName "1st token" cannot name a Terraform resource or output/],
])('%s fails synth with the construct path', (_what, props, message) => {
  const s = stack();
  new RotatingToken(s, 'bad', (props as (s: TerraformStack) => any)(s));
  expect(() => Testing.synth(s, true)).toThrow(message);
});

test('an unknown kind is refused at once, naming the path', () => {
  expect(() => new RotatingToken(stack(), 'bad', { kind: 'github' } as any)).toThrow(/tokens\/bad: unknown token kind "github"; one of vms, openshift, als/);
});

test('every problem of a stack is reported in one synth', () => {
  const s = stack();
  new RotatingToken(s, 'one', { kind: 'vms', expiry: Expiry.days(0), renewBefore: Duration.hours(1) });
  new RotatingToken(s, 'two', { kind: 'openshift', scopes: [Scope.domain('x', 'edit')], renewBefore: Duration.days(0) });
  expect(() => Testing.synth(s, true)).toThrow(/\[tokens\/one\] expiry: Expiry\.days\(0\)[\s\S]*\[tokens\/two\] scopes: Scope\.domain\("x", "edit"\)[\s\S]*\[tokens\/two\] renewBefore: Duration\.days\(0\)/);
});
