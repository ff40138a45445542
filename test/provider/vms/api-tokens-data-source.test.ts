// data authtoken_vms_api_tokens lists what the VMS lists: filtered by owner, revoked tokens only on
// request, with last_used and revocation facts, and never a secret (state included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiToken } from '../../../src/provider/vms';
import { resourceTest } from '../../support/resource-test';
import { TOKEN_MANAGER, adminApi, authenticates } from './vms-platform';

jest.setTimeout(120_000);

interface Listed {
  id: string;
  name: string;
  owner: string;
  created: string;
  expires_at: string | null;
  last_used: string | null;
  revoked: boolean;
  revocation_time: string | null;
}

test('the data source lists tokens by owner, revoked ones on request, with usage facts and no secrets', async () => {
  const made: Record<string, { id: string; token: string }> = {};
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.vms.admin.putUser('alice', { roles: TOKEN_MANAGER });
      const api = adminApi(ctx);
      try {
        made['used'] = await api.createApiToken({ name: 'used', expiry_date: '30D' });
        made['idle'] = await api.createApiToken({ name: 'idle' });
        made['alices'] = await api.createApiToken({ name: 'alices', owner: 'alice' });
        made['revoked'] = await api.createApiToken({ name: 'revoked' });
        await api.revokeApiToken(made['revoked'].id);
      } finally {
        api.close();
      }
      expect(await authenticates(ctx, made['used']!.token)).toBe(true);
    },
    steps: [
      {
        name: 'read with and without filters',
        config: `
data "authtoken_vms_api_tokens" "all" {}
data "authtoken_vms_api_tokens" "alice" {
  owner = "alice"
}
data "authtoken_vms_api_tokens" "archived" {
  owner           = "admin"
  include_revoked = true
}
output "all"      { value = data.authtoken_vms_api_tokens.all.api_tokens }
output "alice"    { value = data.authtoken_vms_api_tokens.alice.api_tokens }
output "archived" { value = data.authtoken_vms_api_tokens.archived.api_tokens }
`,
        check: async (ctx) => {
          const outputs = (await ctx.state()).values?.outputs as Record<string, { value: Listed[] }>;
          const names = (key: string) => outputs[key]!.value.map((t) => t.name);
          expect(names('all')).toEqual(['used', 'idle', 'alices']);
          expect(names('alice')).toEqual(['alices']);
          expect(names('archived')).toEqual(['used', 'idle', 'revoked']);
          const byName = (key: string, name: string) => outputs[key]!.value.find((t) => t.name === name)!;
          const api = adminApi(ctx);
          let onVms: ApiToken;
          try {
            onVms = await api.getApiToken(made['used']!.id);
          } finally {
            api.close();
          }
          expect(byName('all', 'used')).toEqual({
            id: onVms.id,
            name: 'used',
            owner: 'admin',
            created: onVms.created,
            expires_at: onVms.expiry_date,
            last_used: onVms.last_used,
            revoked: false,
            revocation_time: null,
          });
          expect(onVms.last_used).not.toBeNull();
          expect(byName('all', 'idle').last_used).toBeNull();
          expect(byName('archived', 'revoked')).toMatchObject({ revoked: true, revocation_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
          const stateFile = readFileSync(join(ctx.ws.dir, 'terraform.tfstate'), 'utf8');
          for (const { token } of Object.values(made)) expect(stateFile).not.toContain(token.slice(token.indexOf('.') + 1));
        },
      },
    ],
  });
});
