// The write-only secret (token_wo + token_wo_version) under the real terraform: a new version sends the
// new secret in place and the platform then accepts only it, yet it is in no state file, saved plan or
// terraform output; deleted or renamed out of band, the token is drift that a normal plan repairs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceTest, type TestContext } from '../../support/resource-test';
import { savedPlanEntriesContaining } from '../../support/saved-plan-file';
import { secretValue } from './als-fixture';
import { hcl, secretMatches, tokenBlock, tokensOnPlatform, TOKEN_TYPE } from './als-terraform';

jest.setTimeout(120_000);

const address = `${TOKEN_TYPE}.gateway`;
// Ephemeral variables: a write-only argument is the only place they may go, and Terraform keeps them out
// of the saved plan (a literal would be in the plan's copy of the configuration).
const variables = ['secret_v1', 'secret_v2'].map((name) => `variable "${name}" {\n  type      = string\n  ephemeral = true\n}\n`).join('');
const gateway = (secret: string, version: number) =>
  variables + tokenBlock('gateway', { label: hcl('mysql'), service_provider: hcl('acme'), token_wo: `var.${secret}`, token_wo_version: version });

/** What a v1 service gateway sees: CC answers 200 only when the secret it presents matches. */
async function gatewayStatus(ctx: TestContext, secret: string): Promise<number> {
  const response = await fetch(`${ctx.emulators.als.baseUrl}/services/v1/offerings/mysql/acme`, { headers: { 'X-VCAP-Service-Token': secret } });
  return response.status;
}

function expectNowhereOnDisk(ctx: TestContext, secret: string): void {
  expect(readFileSync(join(ctx.ws.dir, 'terraform.tfstate'), 'utf8')).not.toContain(secret);
  expect(savedPlanEntriesContaining(join(ctx.ws.dir, 'tfplan'), secret)).toEqual([]);
}

test('token_wo is rotated by token_wo_version and never stored; out-of-band delete and rename are drift, repaired by a plan', async () => {
  const v1 = secretValue();
  const v2 = secretValue();
  let guid = '';
  const ctx = await resourceTest({
    env: { TF_VAR_secret_v1: v1, TF_VAR_secret_v2: v2 },
    steps: [
      {
        name: 'create with a write-only secret',
        config: gateway('secret_v1', 1),
        planChecks: { [address]: 'create' },
        check: async (ctx) => {
          const values = await ctx.values(address);
          guid = values['id'] as string;
          expect(values).toMatchObject({ label: 'mysql', service_provider: 'acme', token: null, token_wo: null, token_wo_version: 1 });
          expect(await secretMatches(ctx, { guid }, v1)).toBe(true);
          // The saved plan is searched for real: it does hold the label.
          expect(savedPlanEntriesContaining(join(ctx.ws.dir, 'tfplan'), 'acme')).not.toEqual([]);
          expectNowhereOnDisk(ctx, v1);
        },
      },
      {
        name: 'a new write-only value under the same version is not seen (as documented)',
        config: gateway('secret_v2', 1),
        planChecks: { [address]: 'no-op' },
        planOnly: true,
      },
      {
        name: 'a new version sends the new secret, in place',
        config: gateway('secret_v2', 2),
        planChecks: { [address]: 'update' },
        check: async (ctx) => {
          expect((await tokensOnPlatform(ctx)).map((t) => t.guid)).toEqual([guid]);
          expect(await secretMatches(ctx, { guid }, v2)).toBe(true);
          expect(await gatewayStatus(ctx, v2)).toBe(200);
          expect(await gatewayStatus(ctx, v1)).toBe(403);
          expectNowhereOnDisk(ctx, v2);
        },
      },
      {
        name: 'deleted out of band: refresh-only reports drift',
        preConfig: async (ctx) => void (await ctx.emulators.als.admin.action('delete-service-auth-token', { guid })),
        refreshOnlyExitCode: 2,
        check: async (_ctx, result) => expect(result.stdout).toMatch(/authtoken_als_service_auth_token\.gateway has been deleted/),
      },
      {
        name: 'a normal plan re-creates it, with the current write-only secret',
        planChecks: { [address]: 'create' },
        check: async (ctx) => {
          const [token] = await tokensOnPlatform(ctx);
          expect(token!.guid).not.toBe(guid);
          guid = token!.guid;
          expect((await ctx.values(address))['id']).toBe(guid);
          expect(await gatewayStatus(ctx, v2)).toBe(200);
        },
      },
      {
        name: 'renamed out of band: refresh-only reports drift',
        preConfig: async (ctx) => void (await ctx.emulators.als.admin.action('update-service-auth-token', { guid, label: 'mysql-renamed', provider: 'other' })),
        refreshOnlyExitCode: 2,
        check: async (_ctx, result) => expect(result.stdout).toMatch(/~ label\s+= "mysql" -> "mysql-renamed"[\s\S]*~ service_provider\s+= "acme" -> "other"/),
      },
      {
        name: 'a normal plan puts label and provider back, in place, leaving the secret alone',
        planChecks: { [address]: 'update' },
        check: async (ctx) => {
          expect((await tokensOnPlatform(ctx)).map((t) => [t.guid, t.label, t.provider])).toEqual([[guid, 'mysql', 'acme']]);
          expect(await gatewayStatus(ctx, v2)).toBe(200);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      expect(await tokensOnPlatform(ctx)).toEqual([]);
    },
  });
  const output = ctx.transcript.join('\n');
  expect(output).toContain('token_wo');
  for (const secret of [v1, v2]) expect(output).not.toContain(secret);
});
