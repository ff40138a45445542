// Taking an existing service auth token under management: an `import` block by label/service_provider,
// after which the secret (which CC never returns) is null until the same apply sets the configured one.
// And the import ids that cannot work, each refused with a diagnostic saying what to use instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulators } from '../../../src/emulators';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../../support/authtoken-package';
import { emulatorEnvironment, resourceTest } from '../../support/resource-test';
import { TerraformWorkspace } from '../../support/terraform-cli';
import { secretValue } from './als-fixture';
import { hcl, secretMatches, tokenBlock, tokensOnPlatform, TOKEN_TYPE } from './als-terraform';

jest.setTimeout(120_000);

const address = `${TOKEN_TYPE}.gateway`;

test('an import block adopts an existing token, and the same apply sets the configured secret', async () => {
  const before = secretValue();
  const configured = secretValue();
  let guid = '';
  await resourceTest({
    setup: async (ctx) => {
      [guid] = (await ctx.emulators.als.admin.action<{ guids: string[] }>('seed-service-auth-tokens', { tokens: [{ label: 'mysql', provider: 'acme', token: before }] })).guids as [string];
    },
    steps: [
      {
        name: 'import by label/service_provider, then update the secret in place',
        config: `import {\n  to = ${address}\n  id = "mysql/acme"\n}\n` + tokenBlock('gateway', { label: hcl('mysql'), service_provider: hcl('acme'), token: hcl(configured) }),
        planChecks: { [address]: 'update' },
        check: async (ctx, applied) => {
          expect(applied.stdout).toMatch(/1 imported, 0 added, 1 changed, 0 destroyed/);
          expect((await ctx.values(address))).toMatchObject({ id: guid, token: configured });
          expect((await tokensOnPlatform(ctx)).map((t) => t.guid)).toEqual([guid]);
          expect(await secretMatches(ctx, { guid }, configured)).toBe(true);
        },
      },
    ],
    checkDestroy: async (ctx) => expect(await tokensOnPlatform(ctx)).toEqual([]),
  });
});

test('import ids naming no token, or two, are refused with what to use instead', async () => {
  const emulators = await startEmulators({ reportError: () => {} });
  const ws = TerraformWorkspace.create([await authtokenPackage()], emulatorEnvironment(emulators));
  try {
    // ("a", "b/c") and ("a/b", "c") both read as "a/b/c".
    const { guids } = await emulators.als.admin.action<{ guids: string[] }>('seed-service-auth-tokens', {
      tokens: [
        { label: 'a', provider: 'b/c', token: secretValue() },
        { label: 'a/b', provider: 'c', token: secretValue() },
      ],
    });
    ws.writeConfig(AUTHTOKEN_HEADER + tokenBlock('gateway', { label: hcl('x'), token: hcl(secretValue()) }));
    await ws.init();
    const importing = async (id: string) => {
      const r = await ws.run(['import', '-input=false', '-no-color', address, id]);
      expect(r.code).toBe(1);
      return r.stderr.replace(/\s+/g, ' ');
    };
    expect(await importing('0d6c1b5e-0000-4000-8000-000000000000')).toMatch(/Cannot Import ALS Service Auth Token .*No service auth token has the guid "0d6c1b5e-0000-4000-8000-000000000000"\. Import by the token's guid or by label\/service_provider, e\.g\. mysql\/core\./);
    expect(await importing('mysql/core')).toMatch(/No service auth token has label "mysql" and provider "core"\./);
    expect(await importing('mysql/')).toMatch(/"mysql\/" is neither a guid nor label\/service_provider\./);
    const ambiguous = await importing('a/b/c');
    expect(ambiguous).toMatch(/Ambiguous Import ID .*"a\/b\/c" names 2 service auth tokens/);
    for (const guid of guids) expect(ambiguous).toContain(guid);
    expect(ambiguous).toMatch(/Import by guid instead\./);
    expect(existsSync(join(ws.dir, 'terraform.tfstate'))).toBe(false);
  } finally {
    ws.cleanup();
    await emulators.stop();
  }
});
