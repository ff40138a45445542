// The OpenShift example under the real terraform: the deploy token and one read-only token per dashboard
// are on the broker with their scopes and lifetimes; the run's ephemeral authorization is deleted again.
import { OpenShiftTokensStack } from '../../../examples/apps/openshift/main';
import { listedAuthorizations } from '../../provider/openshift/openshift-terraform';
import { runExampleApp } from './example-app';

jest.setTimeout(180_000);

test('the OpenShift example applies, re-plans empty, destroys, and leaks nothing', async () => {
  await runExampleApp({
    folder: 'openshift',
    stack: OpenShiftTokensStack,
    stackName: 'openshift-tokens',
    check: async (ctx) => {
      const outputs = JSON.parse((await ctx.ws.run(['output', '-json'])).stdout) as Record<string, { value: any }>;
      const listed = await listedAuthorizations(ctx);
      expect(listed.map((a) => [a.note, a.scopes_list.join(','), a.expires_in]).sort()).toEqual([
        ['deploy pipeline', 'session', 604800],
        ['grafana dashboards', 'read', 2592000],
        ['status page', 'userinfo', 2592000],
      ]);
      expect(listed.map((a) => a.token)).toContain(outputs['deploy_token']!.value);
      expect(Object.values(outputs['dashboards_tokens']!.value).every((t) => listed.some((a) => a.token === t))).toBe(true);
      expect(outputs['scope_default_validity']!.value).toMatchObject({ session: expect.any(String), read: expect.any(String) });
    },
  });
});
