// ephemeral authtoken_vms_api_token configures a second provider block for one run: created at open,
// renewed while the run outlasts its expiry, revoked at close, and never found in a state or plan file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiToken } from '../../../src/provider/vms';
import { resourceTest, type TestContext } from '../../support/resource-test';
import { allTokens, authenticates, nothingLive } from './vms-platform';

jest.setTimeout(180_000);

const RUN_TOKEN = 'terraform-run';

const config = `
ephemeral "authtoken_vms_api_token" "run" {
  name   = "${RUN_TOKEN}"
  expiry = "6s"
}

provider "authtoken" {
  alias = "run"
  vms {
    api_token = ephemeral.authtoken_vms_api_token.run.token
  }
}

# Keeps the run going past the ephemeral token's first expiry window.
resource "terraform_data" "slow" {
  provisioner "local-exec" {
    command = "sleep 8"
  }
}

resource "authtoken_vms_api_token" "made_by_run" {
  provider   = authtoken.run
  name       = "made-by-run"
  depends_on = [terraform_data.slow]
}
`;

async function runTokens(ctx: TestContext): Promise<ApiToken[]> {
  return (await allTokens(ctx)).filter((t) => t.name === RUN_TOKEN);
}

/** Every ephemeral token is revoked, and none of their ids is in the state or the saved plan. */
async function ephemeralLeftNoTrace(ctx: TestContext): Promise<ApiToken[]> {
  const run = await runTokens(ctx);
  expect(run.length).toBeGreaterThan(0);
  expect(run.filter((t) => !t.revoked)).toEqual([]);
  const files = [readFileSync(join(ctx.ws.dir, 'terraform.tfstate'), 'latin1'), execFileSync('unzip', ['-p', join(ctx.ws.dir, 'tfplan')]).toString('latin1')];
  for (const file of files) {
    for (const t of run) expect(file).not.toContain(t.id);
  }
  return run;
}

test('an ephemeral token configures a provider for one run, is renewed while needed, revoked at close, and stored nowhere', async () => {
  await resourceTest({
    steps: [
      {
        name: 'apply through a provider configured with the ephemeral token',
        config,
        planChecks: { 'authtoken_vms_api_token.made_by_run': 'create' },
        check: async (ctx) => {
          const made = await ctx.values('authtoken_vms_api_token.made_by_run');
          expect(made).toMatchObject({ name: 'made-by-run', owner: 'admin' });
          expect(await authenticates(ctx, made['token'] as string)).toBe(true);
          const run = await ephemeralLeftNoTrace(ctx);
          // The apply outlasted the 6 s window: the token it ran on was extended before it expired.
          const lifetimes = run.map((t) => (Date.parse(t.expiry_date!) - Date.parse(t.created)) / 1000);
          expect(Math.max(...lifetimes)).toBeGreaterThan(6);
          expect(Math.min(...lifetimes)).toBe(6);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      await nothingLive(ctx);
      await ephemeralLeftNoTrace(ctx);
    },
  });
});
