// Never a blind duplicate, under the real terraform: the ALS emulator creates the token, then drops the
// connection instead of answering. The provider looks the token up by label and provider before trying
// again, adopts it with a warning, and the platform holds exactly one token, the one in state. A token of
// that label and provider that was there before is not adopted: the create was refused as "label taken".
import { resourceTest } from '../../support/resource-test';
import { secretValue } from './als-fixture';
import { hcl, secretMatches, tokenBlock, tokensOnPlatform, TOKEN_TYPE } from './als-terraform';

jest.setTimeout(120_000);

const address = `${TOKEN_TYPE}.gateway`;
const CREATE = { method: 'POST', route: '/v2/service_auth_tokens' } as const;

test('a create whose answer was lost is adopted: exactly one token on the platform, in state', async () => {
  const secret = secretValue();
  await resourceTest({
    steps: [
      {
        name: 'create, answer lost',
        preConfig: async (ctx) => {
          await ctx.emulators.als.admin.addFault({ effect: 'lose-answer', ...CREATE, times: 1 });
          await ctx.emulators.als.admin.resetRequests();
        },
        config: tokenBlock('gateway', { label: hcl('mysql'), token: hcl(secret) }),
        planChecks: { [address]: 'create' },
        check: async (ctx, applied) => {
          expect(applied.stdout + applied.stderr).toMatch(/Warning: Adopted the service auth token a Lost Request Created/);
          const tokens = await tokensOnPlatform(ctx);
          expect(tokens.map((t) => [t.label, t.provider])).toEqual([['mysql', 'core']]);
          expect((await ctx.values(address))['id']).toBe(tokens[0]!.guid);
          expect(await secretMatches(ctx, { guid: tokens[0]!.guid }, secret)).toBe(true);
          const { entries } = await ctx.emulators.als.admin.requests();
          const creates = entries.filter((e) => e.route === 'POST /v2/service_auth_tokens');
          expect(creates.map((e) => e.outcome)).toEqual([{ kind: 'fault-lost-answer', status: 201 }]);
        },
      },
    ],
    checkDestroy: async (ctx) => expect(await tokensOnPlatform(ctx)).toEqual([]),
  });
});

test('a token of that label and provider that was there before is not adopted: the create was refused', async () => {
  const theirs = secretValue();
  let existing = '';
  await resourceTest({
    setup: async (ctx) => {
      // The platform's clock runs an hour ahead of this machine's: by this machine's clock the existing
      // token would look newer than the create; only the platform's own clock tells the truth.
      await ctx.emulators.als.admin.advanceClock(3600);
      [existing] = (await ctx.emulators.als.admin.action<{ guids: string[] }>('seed-service-auth-tokens', { tokens: [{ label: 'mysql', provider: 'core', token: theirs }] })).guids as [string];
      await ctx.emulators.als.admin.advanceClock(60);
    },
    steps: [
      {
        name: 'create refused as label taken, answer lost',
        preConfig: async (ctx) => void (await ctx.emulators.als.admin.addFault({ effect: 'lose-answer', ...CREATE, times: 1 })),
        config: tokenBlock('gateway', { label: hcl('mysql'), token: hcl(secretValue()) }),
        expectError: /The\s+service\s+auth\s+token\s+label\s+is\s+taken:\s+mysql-core/,
        check: async (ctx, failed) => {
          expect(failed.stdout + failed.stderr).not.toMatch(/Adopted/);
          expect((await ctx.state()).values?.root_module?.resources ?? []).toEqual([]);
          const creates = (await ctx.emulators.als.admin.requests()).entries.filter((e) => e.route === 'POST /v2/service_auth_tokens');
          expect(creates.map((e) => e.outcome)).toEqual([
            { kind: 'fault-lost-answer', status: 400 },
            { kind: 'answered', status: 400 },
          ]);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      expect((await tokensOnPlatform(ctx)).map((t) => t.guid)).toEqual([existing]);
      expect(await secretMatches(ctx, { guid: existing }, theirs)).toBe(true);
    },
  });
});
