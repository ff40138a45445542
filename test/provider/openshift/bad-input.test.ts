// Bad input to authtoken_openshift_authorization fails at plan with a diagnostic on the attribute, and no
// call reaches the authorizations API (the broker's API description, GET /broker/rest/api, is not a
// token call: it tells the scopes' default lifetimes). A lifetime over a maximum the broker's
// administrator lowered cannot be known at plan: the create is undone and reported.
import { resourceTest, type Step } from '../../support/resource-test';
import { storedAuthorizationIds, tokenCalls } from './openshift-terraform';

jest.setTimeout(120_000);

const resource = (attributes: string) => `
resource "authtoken_openshift_authorization" "bad" {
${attributes}
}
`;

/** Terraform wraps diagnostics at 80 columns. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

const rows: readonly { name: string; attributes: string; summary: string; detail: RegExp; attribute: RegExp }[] = [
  { name: 'an unknown scope', attributes: 'scopes = ["session", "admin"]', summary: 'Invalid Scope', detail: /"admin": One or more of the scopes you provided are not allowed/, attribute: /scopes = \["session", "admin"\]/ },
  { name: 'a domain scope without an id', attributes: 'scopes = ["domain/mydomain/view"]', summary: 'Invalid Scope', detail: /"domain\/mydomain\/view"/, attribute: /scopes = / },
  { name: 'a scope not as the broker spells it', attributes: 'scopes = ["Session"]', summary: 'Invalid Scope', detail: /"Session": write it as the broker stores and answers it, "session"/, attribute: /scopes = / },
  { name: 'two scopes in one element', attributes: 'scopes = ["session read"]', summary: 'Invalid Scope', detail: /"session read" holds 2 scopes; give one scope per element/, attribute: /scopes = / },
  { name: 'no scope', attributes: 'scopes = []', summary: 'Invalid Attribute Value', detail: /must contain at least 1 elements/, attribute: /scopes = \[\]/ },
  { name: 'a note of 4097 characters', attributes: `scopes = ["read"]\n  note = "${'x'.repeat(4097)}"`, summary: 'Invalid Attribute Value Length', detail: /must be between 0 and 4096 characters long, got 4097/, attribute: /note = "x+/ },
  { name: 'expires_in 0 (a token already expired)', attributes: 'scopes = ["read"]\n  expires_in = 0', summary: 'Invalid Attribute Value', detail: /must be at least 1, got 0/, attribute: /expires_in = 0/ },
  {
    name: 'expires_in over the session maximum',
    attributes: 'scopes = ["read", "session"]\n  expires_in = 604801',
    summary: "Lifetime Over the Scope's Maximum", detail: /expires_in = 604801 \(7d1s\) is over the maximum for scope session, 604800 seconds \(7d\)/,
    attribute: /expires_in = 604801/,
  },
  { name: 'expires_in over the maximum of every other scope', attributes: 'scopes = ["read"]\n  expires_in = 15552001', summary: "Lifetime Over the Scope's Maximum", detail: /expires_in = 15552001 \(180d1s\) is over the maximum for scope read, 15552000 seconds \(180d\)/, attribute: /expires_in = 15552001/ },
  { name: 'renew_before not a duration', attributes: 'scopes = ["read"]\n  renew_before = "3 days"', summary: 'Invalid Duration', detail: /"3 days" is not a duration like "72h", "30m" or "1h30m"/, attribute: /renew_before = "3 days"/ },
  {
    name: 'renew_before not shorter than the lifetime',
    attributes: 'scopes = ["session"]\n  renew_before = "24h"',
    summary: 'Renewal Window Too Long', detail: /renew_before = "24h" is not shorter than the token's lifetime \(1d\)/,
    attribute: /renew_before = "24h"/,
  },
];

test('each bad input fails at plan, on its attribute, with no call to the authorizations API', async () => {
  const steps: Step[] = rows.map((row) => ({
    name: row.name,
    config: resource(`  ${row.attributes}`),
    expectError: new RegExp(`Error: ${row.summary}`),
    check: async (ctx, result) => {
      const output = oneLine(`${result.stdout}\n${result.stderr}`);
      expect(output).toMatch(row.detail);
      expect(output).toMatch(/with authtoken_openshift_authorization\.bad/);
      expect(output).toMatch(row.attribute);
      expect((await tokenCalls(ctx)).map((e) => `${e.method} ${e.url}`)).toEqual([]);
    },
  }));
  await resourceTest({
    steps: [
      ...steps,
      { name: 'nothing', config: '# nothing\n' },
    ],
    checkDestroy: async (ctx) => {
      const { counts } = await ctx.emulators.openshift.admin.requests();
      // Only the API description, for the rows about lifetimes.
      expect(Object.keys(counts)).toEqual(['GET /broker/rest/api']);
      expect(await storedAuthorizationIds(ctx)).toEqual([]);
    },
  });
});

test('a lifetime over a maximum the administrator lowered: the broker gives the default, so the create is undone and reported', async () => {
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.openshift.admin.action('scope-timeouts', { timeouts: 'session=1.hours|2.hours, *=1.months|6.months' });
    },
    steps: [
      {
        name: 'asks for a day of session',
        config: resource('  scopes = ["session"]\n  expires_in = 86400'),
        expectError: /Lifetime Over the Broker's Maximum/,
        check: async (ctx, result) => {
          const output = oneLine(result.stderr);
          expect(output).toMatch(/a lifetime of 3600 seconds \(1h\) instead of the 86400 seconds \(1d\) asked for/);
          expect(output).toMatch(/The authorization was deleted/);
          expect(output).toMatch(/with authtoken_openshift_authorization\.bad/);
          expect(await storedAuthorizationIds(ctx)).toEqual([]);
          expect((await ctx.state()).values?.root_module?.resources ?? []).toEqual([]);
        },
      },
      { name: 'within the lowered maximum', config: resource('  scopes = ["session"]\n  expires_in = 7200') },
    ],
    checkDestroy: async (ctx) => {
      expect(await storedAuthorizationIds(ctx)).toEqual([]);
    },
  });
});
