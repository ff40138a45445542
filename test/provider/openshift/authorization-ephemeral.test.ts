// The ephemeral authtoken_openshift_authorization under the real terraform: opened for each run,
// its token configures a second provider (whose own username and password are wrong, so only the token
// can work), and closed at the end of the run. After every run the broker holds none of the ephemeral
// tokens, and none of their values is in the state file, the saved plan or terraform's output.
import { join } from 'node:path';
import { resourceTest, type TestContext } from '../../support/resource-test';
import { savedPlanEntries } from '../../support/saved-plan-file';
import { listedAuthorizations, recordTokens, storedAuthorizationIds } from './openshift-terraform';

jest.setTimeout(120_000);

const MADE = 'authtoken_openshift_authorization.made_with_run_token';
const CONFIG = `
ephemeral "authtoken_openshift_authorization" "run" {
  scopes     = ["session"]
  note       = "terraform run"
  expires_in = 600
}

provider "authtoken" {
  alias = "run"
  openshift {
    token    = ephemeral.authtoken_openshift_authorization.run.token
    username = "nobody"
    password = "not-a-password"
  }
}

resource "authtoken_openshift_authorization" "made_with_run_token" {
  provider = authtoken.run
  scopes   = ["userinfo"]
  note     = "made with the run's token"
}
`;

/** Not in the state file, not in any file of the saved plan, not in any output terraform printed. */
function expectWrittenNowhere(ctx: TestContext, tokens: readonly (readonly [string, string])[]): void {
  const plan = savedPlanEntries(join(ctx.ws.dir, 'tfplan'));
  expect([...plan.keys()]).toEqual(expect.arrayContaining(['tfplan', 'tfstate', 'tfstate-prev']));
  const places: [string, string][] = [
    ['terraform.tfstate', ctx.ws.rawState()],
    ...[...plan].map(([name, data]): [string, string] => [`tfplan:${name}`, data.toString('latin1')]),
    ['terraform output', ctx.transcript.join('\n')],
  ];
  for (const [id, token] of tokens) {
    for (const [place, text] of places) expect({ id, place, found: text.includes(token) }).toEqual({ id, place, found: false });
  }
}

test('an ephemeral authorization configures a provider for one run, then is deleted, and is written nowhere', async () => {
  let tokens = new Map<string, string>();
  /** The ephemeral ones: every token the broker stored but the managed resource's. */
  const ephemeral = async (ctx: TestContext) => {
    const managed = (await ctx.values(MADE))['id'];
    return [...tokens].filter(([id]) => id !== managed);
  };
  await resourceTest({
    setup: async (ctx) => {
      tokens = recordTokens(ctx.emulators);
    },
    steps: [
      {
        name: 'plan and apply, each with its own ephemeral token',
        config: CONFIG,
        planChecks: { [MADE]: 'create' },
        check: async (ctx) => {
          const made = await ctx.values(MADE);
          expect(made['identity']).toBe(ctx.emulators.connection.openshift.username);
          // Opened at plan, at apply, and by the harness's re-plan and refresh-only plan: one token each.
          const opened = await ephemeral(ctx);
          expect(opened.length).toBeGreaterThanOrEqual(4);
          // All deleted at close: the broker holds only the managed authorization.
          expect(await storedAuthorizationIds(ctx)).toEqual([made['id']]);
          expectWrittenNowhere(ctx, opened);
        },
      },
      {
        name: 'a note change goes through the provider configured with a new ephemeral token',
        config: CONFIG.replace(`note     = "made with the run's token"`, `note     = "made with a run's token"`),
        planChecks: { [MADE]: 'update' },
        check: async (ctx) => {
          const made = await ctx.values(MADE);
          expect((await listedAuthorizations(ctx)).map((a) => [a.id, a.note])).toEqual([[made['id'], "made with a run's token"]]);
          expectWrittenNowhere(ctx, await ephemeral(ctx));
          // The search does find a token where one is meant to be: the managed one, in the plan's prior state.
          expect(savedPlanEntries(join(ctx.ws.dir, 'tfplan')).get('tfstate')!.toString('utf8')).toContain(made['token'] as string);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      // Destroy opened one more to configure the provider, and deleted it too.
      expect(await storedAuthorizationIds(ctx)).toEqual([]);
      expect(tokens.size).toBeGreaterThanOrEqual(6);
    },
  });
});
