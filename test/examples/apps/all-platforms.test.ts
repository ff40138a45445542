// The all-platforms example (what `npm run demo` and the root cdktf.json deploy) under the real terraform,
// at TF_LOG=trace: the CI token works on the VMS, one authorization per team is on the broker, the MySQL
// gateway's secret on ALS is the value of this run's ephemeral VMS token (in no state, plan or output);
// then the harness's invariants (empty re-plan, clean refresh-only), destroy, and no secret anywhere.
import { join } from 'node:path';
import { AllPlatformsStack } from '../../../examples/apps/all-platforms/main';
import { listedAuthorizations } from '../../provider/openshift/openshift-terraform';
import { secretMatches, tokensOnPlatform } from '../../provider/als/als-terraform';
import { authenticates } from '../../provider/vms/vms-platform';
import { runExampleApp } from './example-app';

jest.setTimeout(180_000);

test('the all-platforms example applies on the three platforms, re-plans empty, destroys, and leaks nothing', async () => {
  await runExampleApp({
    folder: 'all-platforms',
    stack: AllPlatformsStack,
    stackName: 'all-platforms',
    env: (dir) => ({ TF_LOG: 'trace', TF_LOG_PATH: join(dir, 'trace.log') }),
    logFiles: (dir) => [join(dir, 'trace.log')],
    check: async (ctx, secrets) => {
      const outputs = JSON.parse((await ctx.ws.run(['output', '-json'])).stdout) as Record<string, { value: any }>;
      expect(await authenticates(ctx, outputs['ci_token']!.value)).toBe(true);
      expect(outputs['ci_token_id']!.value).toBe(outputs['ci_token']!.value.split('.')[0]);
      expect((await listedAuthorizations(ctx)).map((a) => a.note).sort()).toEqual(['nightly reports', 'web team deploys']);
      expect(Object.keys(outputs['deploy_tokens']!.value).sort()).toEqual(['reports', 'web']);
      const [mysql] = await tokensOnPlatform(ctx);
      expect(mysql).toMatchObject({ guid: outputs['mysql_token_guid']!.value, label: 'mysql' });
      // The gateway secret is the ephemeral VMS token of the apply: one of the tokens the VMS answered with.
      const vmsTokens = [...secrets].filter((s) => /^[A-Za-z0-9]{8}\.\S+$/.test(s));
      const matching = [];
      for (const t of vmsTokens) if (await secretMatches(ctx, { guid: mysql!.guid }, t)) matching.push(t);
      expect(matching).toHaveLength(1);
      expect(matching[0]).not.toBe(outputs['ci_token']!.value);
    },
  });
});
