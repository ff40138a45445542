// data authtoken_als_service_auth_tokens under the real terraform: the Cloud Controller's list, filtered
// by label and provider through CC's `q` (a value CC cannot take in `q` is filtered by the provider), with
// no secrets, and the guid of a managed token as its resource's id.
import { resourceTest } from '../../support/resource-test';
import { secretValue } from './als-fixture';
import { hcl, tokenBlock, TOKENS_DATA_SOURCE } from './als-terraform';

jest.setTimeout(120_000);

const seeded = [
  { label: 'mysql', provider: 'core' },
  { label: 'mysql', provider: 'acme' },
  { label: 'redis', provider: 'core' },
  { label: 'odd;label', provider: 'core' },
];

const lists = `
data "${TOKENS_DATA_SOURCE}" "all" {
  depends_on = [authtoken_als_service_auth_token.postgres]
}
data "${TOKENS_DATA_SOURCE}" "mysql" {
  label = "mysql"
}
data "${TOKENS_DATA_SOURCE}" "mysql_acme" {
  label            = "mysql"
  service_provider = "acme"
}
data "${TOKENS_DATA_SOURCE}" "core" {
  service_provider = "core"
  depends_on       = [authtoken_als_service_auth_token.postgres]
}
data "${TOKENS_DATA_SOURCE}" "odd" {
  label = "odd;label"
}
data "${TOKENS_DATA_SOURCE}" "absent" {
  label = "absent"
}
data "${TOKENS_DATA_SOURCE}" "postgres" {
  label      = authtoken_als_service_auth_token.postgres.label
  depends_on = [authtoken_als_service_auth_token.postgres]
}
`;

type Listed = { guid: string; label: string; service_provider: string; created_at: string; updated_at: string | null };

test('the data source lists tokens, filtered by label and provider through q, without secrets', async () => {
  const secrets = seeded.map(() => secretValue());
  const postgresSecret = secretValue();
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.als.admin.action('seed-service-auth-tokens', { tokens: seeded.map((t, i) => ({ ...t, token: secrets[i] })) });
    },
    steps: [
      {
        name: 'read with and without filters',
        config: tokenBlock('postgres', { label: hcl('postgres'), token: hcl(postgresSecret) }) + lists,
        preConfig: async (ctx) => ctx.emulators.als.admin.resetRequests(),
        check: async (ctx) => {
          const listed = async (name: string) => ((await ctx.values(`data.${TOKENS_DATA_SOURCE}.${name}`))['tokens'] as Listed[]).map((t) => `${t.label}/${t.service_provider}`);
          expect(await listed('all')).toEqual(['mysql/core', 'mysql/acme', 'redis/core', 'odd;label/core', 'postgres/core']);
          expect(await listed('mysql')).toEqual(['mysql/core', 'mysql/acme']);
          expect(await listed('mysql_acme')).toEqual(['mysql/acme']);
          expect(await listed('core')).toEqual(['mysql/core', 'redis/core', 'odd;label/core', 'postgres/core']);
          expect(await listed('odd')).toEqual(['odd;label/core']);
          expect(await listed('absent')).toEqual([]);

          const postgres = (await ctx.values(`data.${TOKENS_DATA_SOURCE}.postgres`))['tokens'] as Listed[];
          expect(postgres).toEqual([
            { guid: (await ctx.values('authtoken_als_service_auth_token.postgres'))['id'], label: 'postgres', service_provider: 'core', created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\+00:00|Z)$/), updated_at: null },
          ]);

          // The filters went to CC as q (the `;` label cannot: CC splits q at `;`, so it is filtered here).
          const queries = (await ctx.emulators.als.admin.requests()).entries
            .filter((e) => e.route === 'GET /v2/service_auth_tokens')
            .map((e) => new URL(e.url, 'http://x').searchParams.getAll('q').join('&'));
          expect(queries).toEqual(expect.arrayContaining(['label:mysql', 'label:mysql;provider:acme', 'provider:core', 'label:absent', 'label:postgres', '']));
          expect(queries).not.toContain('label:odd;label');

          const everything = JSON.stringify((await ctx.state()).values);
          for (const secret of secrets) expect(everything).not.toContain(secret);
        },
      },
    ],
  });
});
