// authtoken_als_service_auth_token under the real terraform against the ALS emulator: create, import by
// guid and by label/service_provider (a label holding "/"), every attribute changed in place with a PUT
// that sends only what changed, and destroy leaving nothing on the platform.
import { resourceTest } from '../../support/resource-test';
import { secretValue } from './als-fixture';
import { hcl, secretMatches, tokenBlock, tokensOnPlatform, TOKEN_TYPE } from './als-terraform';

jest.setTimeout(120_000);

const address = `${TOKEN_TYPE}.gateway`;

test('a service auth token is created, imported by guid and by label/provider, changed in place and destroyed', async () => {
  const [first, second, outOfBand, third] = [secretValue(), secretValue(), secretValue(), secretValue()];
  let guid = '';
  await resourceTest({
    steps: [
      {
        name: 'create with the default provider',
        config: tokenBlock('gateway', { label: hcl('mysql'), token: hcl(first) }),
        planChecks: { [address]: 'create' },
        check: async (ctx) => {
          const values = await ctx.values(address);
          guid = values['id'] as string;
          expect(values).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), label: 'mysql', service_provider: 'core', token: first, token_wo: null, token_wo_version: null });
          expect((await tokensOnPlatform(ctx)).map((t) => [t.guid, t.label, t.provider])).toEqual([[guid, 'mysql', 'core']]);
          expect(await secretMatches(ctx, { guid }, first)).toBe(true);
        },
      },
      { name: 'import by guid', importState: { address, id: async () => guid, ignore: ['token'] } },
      { name: 'import by label/service_provider', importState: { address, id: 'mysql/core', ignore: ['token'] } },
      {
        name: 'label, provider and secret changed in place',
        config: tokenBlock('gateway', { label: hcl('team/mysql'), service_provider: hcl('acme'), token: hcl(second) }),
        planChecks: { [address]: 'update' },
        check: async (ctx) => {
          expect((await tokensOnPlatform(ctx)).map((t) => [t.guid, t.label, t.provider])).toEqual([[guid, 'team/mysql', 'acme']]);
          expect(await secretMatches(ctx, { guid }, second)).toBe(true);
        },
      },
      // "team/mysql/acme" splits two ways; only ("team/mysql", "acme") exists.
      { name: 'import by label/service_provider when the label holds a slash', importState: { address, id: 'team/mysql/acme', ignore: ['token'] } },
      {
        name: 'a label change sends only the label',
        // The secret changed behind Terraform's back (it cannot see that): a PUT sending the token again
        // would overwrite it.
        preConfig: async (ctx) => void (await ctx.emulators.als.admin.action('update-service-auth-token', { guid, token: outOfBand })),
        config: tokenBlock('gateway', { label: hcl('team/mysql2'), service_provider: hcl('acme'), token: hcl(second) }),
        planChecks: { [address]: 'update' },
        check: async (ctx) => {
          expect((await tokensOnPlatform(ctx)).map((t) => t.label)).toEqual(['team/mysql2']);
          expect(await secretMatches(ctx, { guid }, outOfBand)).toBe(true);
        },
      },
      {
        name: 'the secret changed in place',
        config: tokenBlock('gateway', { label: hcl('team/mysql2'), service_provider: hcl('acme'), token: hcl(third) }),
        planChecks: { [address]: 'update' },
        check: async (ctx) => {
          expect((await tokensOnPlatform(ctx)).map((t) => [t.guid, t.label, t.provider])).toEqual([[guid, 'team/mysql2', 'acme']]);
          expect(await secretMatches(ctx, { guid }, third)).toBe(true);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      expect(await tokensOnPlatform(ctx)).toEqual([]);
    },
  });
});
