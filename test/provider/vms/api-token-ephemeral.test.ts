// ephemeral authtoken_vms_api_token for one run: it configures a second provider block and feeds a
// write-only argument (an ALS service auth token's token_wo) in the same run, is renewed while the run
// outlasts its expiry, is revoked at close, and its value is in no state or saved plan file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VmsState } from '../../../src/emulators/vms/vms-state';
import type { ApiToken } from '../../../src/provider/vms';
import { resourceTest, type TestContext } from '../../support/resource-test';
import { savedPlanEntriesContaining } from '../../support/saved-plan-file';
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

# Keeps the run going past the ephemeral token's first expiry window, and hands the test the value this
# run used (a provisioner may see ephemeral values), so the test can look for it everywhere.
resource "terraform_data" "slow" {
  provisioner "local-exec" {
    command     = "printf %s \\"$RUN_TOKEN\\" > run-token.txt && sleep 8"
    environment = { RUN_TOKEN = ephemeral.authtoken_vms_api_token.run.token }
  }
}

resource "authtoken_vms_api_token" "made_by_run" {
  provider   = authtoken.run
  name       = "made-by-run"
  depends_on = [terraform_data.slow]
}

resource "authtoken_als_service_auth_token" "gateway" {
  label            = "vms-gateway"
  token_wo         = ephemeral.authtoken_vms_api_token.run.token
  token_wo_version = 1
}
`;

async function runTokens(ctx: TestContext): Promise<ApiToken[]> {
  return (await allTokens(ctx)).filter((t) => t.name === RUN_TOKEN);
}

/** Every ephemeral token is revoked; neither `value` nor any ephemeral id is in the state or the saved plan, nor the secret in any output. */
async function leftNoTrace(ctx: TestContext, value: string): Promise<ApiToken[]> {
  const run = await runTokens(ctx);
  expect(run.length).toBeGreaterThan(0);
  expect(run.filter((t) => !t.revoked)).toEqual([]);
  const state = readFileSync(join(ctx.ws.dir, 'terraform.tfstate'), 'utf8');
  const plan = join(ctx.ws.dir, 'tfplan');
  for (const needle of [value, value.slice(value.indexOf('.') + 1), ...run.map((t) => t.id)]) {
    expect(state.includes(needle)).toBe(false);
    expect(savedPlanEntriesContaining(plan, needle)).toEqual([]);
  }
  // Nor did terraform print the secret.
  expect(ctx.transcript.some((t) => t.includes(value.slice(value.indexOf('.') + 1)))).toBe(false);
  return run;
}

test('an ephemeral token configures a provider and a write-only argument for one run, is renewed while needed, revoked at close, and stored nowhere', async () => {
  let value = '';
  await resourceTest({
    steps: [
      {
        name: 'apply with the ephemeral token',
        config,
        planChecks: { 'authtoken_vms_api_token.made_by_run': 'create', 'authtoken_als_service_auth_token.gateway': 'create' },
        check: async (ctx) => {
          value = readFileSync(join(ctx.ws.dir, 'run-token.txt'), 'utf8');
          const id = value.slice(0, value.indexOf('.'));
          // The value the run used was a VMS API token of this ephemeral resource…
          const stored = (await ctx.emulators.vms.admin.state<VmsState>()).apiTokens[id]!;
          expect(stored).toMatchObject({ name: RUN_TOKEN, revoked: true });
          expect(createHash('sha256').update(value.slice(id.length + 1)).digest('hex')).toBe(stored.secret_sha256);
          // …that configured the second provider block, and went to ALS as the write-only secret.
          const made = await ctx.values('authtoken_vms_api_token.made_by_run');
          expect(made).toMatchObject({ name: 'made-by-run', owner: 'admin' });
          expect(await authenticates(ctx, made['token'] as string)).toBe(true);
          expect(await ctx.emulators.als.admin.action('verify-service-auth-token', { label: 'vms-gateway', provider: 'core', token: value })).toEqual({ matches: true });
          expect(await ctx.values('authtoken_als_service_auth_token.gateway')).toMatchObject({ token: null, token_wo: null, token_wo_version: 1 });
          // The apply outlasted the 6 s window: the token it ran on was extended before it expired.
          const run = await leftNoTrace(ctx, value);
          const lifetimes = run.map((t) => (Date.parse(t.expiry_date!) - Date.parse(t.created)) / 1000);
          expect(lifetimes.find((_, i) => run[i]!.id === id)).toBeGreaterThan(6);
          expect(Math.min(...lifetimes)).toBe(6);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      await nothingLive(ctx);
      await leftNoTrace(ctx, value);
    },
  });
});
