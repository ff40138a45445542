// The ALS example under the real terraform: the MySQL gateway's write-only secret (an ephemeral variable)
// and the other gateways' stored secrets are what the Cloud Controller checks; only the stored ones are in
// state, shown back as a sensitive output.
import { randomBytes } from 'node:crypto';
import { AlsTokensStack } from '../../../examples/apps/als/main';
import { secretMatches, tokensOnPlatform } from '../../provider/als/als-terraform';
import { runExampleApp } from './example-app';

jest.setTimeout(180_000);

const secret = () => randomBytes(18).toString('base64url');
const variables = { mysql_secret: secret(), redis_secret: secret(), postgresql_secret: secret() };

test('the ALS example applies, re-plans empty, destroys, and leaks nothing', async () => {
  await runExampleApp({
    folder: 'als',
    stack: AlsTokensStack,
    stackName: 'als-tokens',
    variables,
    check: async (ctx) => {
      const tokens = await tokensOnPlatform(ctx);
      expect(tokens.map((t) => `${t.label}/${t.provider}`).sort()).toEqual(['mysql/core', 'postgresql/crunchy', 'redis/core']);
      const guid = (label: string) => tokens.find((t) => t.label === label)!.guid;
      expect(await secretMatches(ctx, { guid: guid('mysql') }, variables.mysql_secret)).toBe(true);
      expect(await secretMatches(ctx, { guid: guid('redis') }, variables.redis_secret)).toBe(true);
      expect(await secretMatches(ctx, { guid: guid('postgresql') }, variables.postgresql_secret)).toBe(true);
      expect(ctx.ws.rawState()).not.toContain(variables.mysql_secret);
      const outputs = JSON.parse((await ctx.ws.run(['output', '-json'])).stdout) as Record<string, { value: any }>;
      expect(outputs['gateways_tokens']!.value).toEqual({ redis: variables.redis_secret, postgresql: variables.postgresql_secret });
      expect(outputs['mysql_token_guid']!.value).toBe(guid('mysql'));
    },
  });
});
