// The VMS example under the real terraform: the CI token and one token per agent work on the VMS, the
// agents' tokens made by a provider acting with this run's ephemeral token (which is revoked again).
import { VmsTokensStack } from '../../../examples/apps/vms/main';
import { allTokens, authenticates, liveTokens } from '../../provider/vms/vms-platform';
import { runExampleApp } from './example-app';

jest.setTimeout(180_000);

test('the VMS example applies, re-plans empty, destroys, and leaks nothing', async () => {
  await runExampleApp({
    folder: 'vms',
    stack: VmsTokensStack,
    stackName: 'vms-tokens',
    check: async (ctx) => {
      const outputs = JSON.parse((await ctx.ws.run(['output', '-json'])).stdout) as Record<string, { value: any }>;
      expect(await authenticates(ctx, outputs['ci_token']!.value)).toBe(true);
      expect(Object.keys(outputs['agents_tokens']!.value).sort()).toEqual(['linux', 'windows']);
      for (const token of Object.values(outputs['agents_tokens']!.value as Record<string, string>)) expect(await authenticates(ctx, token)).toBe(true);
      expect((await liveTokens(ctx)).map((t) => t.name).sort()).toEqual(['ci-pipeline', 'linux', 'windows-agent']);
      // The run's ephemeral tokens were made and revoked: several runs, none left valid.
      expect((await allTokens(ctx)).filter((t) => t.name === 'terraform-run').length).toBeGreaterThan(0);
    },
  });
});
