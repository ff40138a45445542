// A stack of RotatingToken and TokenSet, synthesized by cdktf and applied with the real terraform against
// the emulators: the tokens work on their platforms and are sensitive outputs; with the platforms' clocks
// moved into the renewal window, one plan replaces each token, the new one created before the old one is
// revoked, and the outputs then hold the new tokens.
import { TerraformStack, Testing } from 'cdktf';
import { Duration, Expiry, provider, RotatingToken, Scope, TokenSet } from 'terraform-provider-authtoken';
import { resourceTest, type TestContext } from '../../support/resource-test';
import { listedAuthorizations, tokenCalls as brokerCalls } from '../../provider/openshift/openshift-terraform';
import { authenticates, CREATE, nothingLive, REVOKE, tokenCalls as vmsCalls } from '../../provider/vms/vms-platform';

jest.setTimeout(180_000);

const DAY = 86_400;
const HOUR = 3_600;

function synthesized(): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), 'rotation');
  new provider.AuthtokenProvider(stack, 'authtoken', {});
  new RotatingToken(stack, 'ci', { kind: 'vms', name: 'ci-pipeline', expiry: Expiry.days(10), renewBefore: Duration.hours(72) });
  new TokenSet(stack, 'deploy', {
    kind: 'openshift',
    renewBefore: Duration.hours(2),
    tokens: { web: { scopes: [Scope.session()], expiresIn: Duration.days(1) }, reports: { scopes: [Scope.read()], expiresIn: Duration.days(1) } },
  });
  return JSON.parse(Testing.synth(stack, true)) as Record<string, unknown>;
}

interface Outputs {
  ci_token: { value: string; sensitive: boolean };
  deploy_tokens: { value: Record<string, string>; sensitive: boolean };
}

async function outputs(ctx: TestContext): Promise<Outputs> {
  return JSON.parse((await ctx.terraform(['output', '-json'])).stdout) as Outputs;
}

test('RotatingToken and TokenSet renew their tokens when the platforms clocks reach the window, new before old', async () => {
  const first: { ci?: Record<string, unknown>; web?: string; reports?: string; outputs?: Outputs } = {};
  await resourceTest({
    steps: [
      {
        name: 'apply the synthesized stack',
        configJson: synthesized(),
        planChecks: { 'authtoken_vms_api_token.ci': 'create', 'authtoken_openshift_authorization.deploy["web"]': 'create', 'authtoken_openshift_authorization.deploy["reports"]': 'create' },
        check: async (ctx) => {
          first.ci = await ctx.values('authtoken_vms_api_token.ci');
          first.web = (await ctx.values('authtoken_openshift_authorization.deploy["web"]'))['id'] as string;
          first.reports = (await ctx.values('authtoken_openshift_authorization.deploy["reports"]'))['id'] as string;
          first.outputs = await outputs(ctx);
          expect(first.outputs.ci_token).toEqual({ value: first.ci['token'], sensitive: true, type: 'string' });
          expect(first.outputs.deploy_tokens.sensitive).toBe(true);
          expect(await authenticates(ctx, first.outputs.ci_token.value)).toBe(true);
          const broker = await listedAuthorizations(ctx);
          expect(broker.map((a) => a.note).sort()).toEqual(['reports', 'web']);
          expect(Object.keys(first.outputs.deploy_tokens.value).sort()).toEqual(['reports', 'web']);
          // The plain listing of outputs masks them.
          expect((await ctx.terraform(['output'])).stdout).toMatch(/ci_token = <sensitive>\s+deploy_tokens = <sensitive>/);
        },
      },
      {
        name: 'before the window, nothing changes',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(6 * DAY);
          await ctx.emulators.openshift.admin.advanceClock(21 * HOUR);
        },
        planChecks: { 'authtoken_vms_api_token.ci': 'no-op', 'authtoken_openshift_authorization.deploy["web"]': 'no-op' },
        planOnly: true,
      },
      {
        name: 'in the window, every token is replaced, new before old',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(1.5 * DAY);
          await ctx.emulators.openshift.admin.advanceClock(2 * HOUR);
          await ctx.emulators.vms.admin.resetRequests();
          await ctx.emulators.openshift.admin.resetRequests();
        },
        planChecks: { 'authtoken_vms_api_token.ci': 'replace', 'authtoken_openshift_authorization.deploy["web"]': 'replace', 'authtoken_openshift_authorization.deploy["reports"]': 'replace' },
        check: async (ctx) => {
          const now = await outputs(ctx);
          const ci = await ctx.values('authtoken_vms_api_token.ci');
          expect(ci['id']).not.toBe(first.ci!['id']);
          expect(now.ci_token.value).toBe(ci['token']);
          expect(await authenticates(ctx, now.ci_token.value)).toBe(true);
          expect(await authenticates(ctx, first.outputs!.ci_token.value)).toBe(false);
          const vms = (await vmsCalls(ctx)).map((c) => c.route);
          expect(vms.indexOf(CREATE)).toBeGreaterThanOrEqual(0);
          expect(vms.indexOf(REVOKE)).toBeGreaterThan(vms.indexOf(CREATE));
          // OpenShift: both new authorizations exist before either old one is deleted.
          const broker = (await brokerCalls(ctx)).filter((c) => c.method !== 'GET');
          const lastCreate = broker.map((c) => c.method).lastIndexOf('POST');
          const firstDelete = broker.findIndex((c) => c.method === 'DELETE');
          expect(broker.filter((c) => c.method === 'POST')).toHaveLength(2);
          expect(broker.filter((c) => c.method === 'DELETE')).toHaveLength(2);
          expect(firstDelete).toBeGreaterThan(lastCreate);
          const ids = (await listedAuthorizations(ctx)).map((a) => a.id);
          expect(ids).not.toContain(first.web);
          expect(ids).not.toContain(first.reports);
          expect(Object.values(now.deploy_tokens.value)).not.toContain(first.outputs!.deploy_tokens.value['web']);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      await nothingLive(ctx);
      expect(await listedAuthorizations(ctx)).toEqual([]);
    },
  });
});
