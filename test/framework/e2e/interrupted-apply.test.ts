// Ctrl-C during apply: Terraform sends StopProvider, the in-flight create is cancelled cleanly, and the
// object it had already created is kept in state (tainted), so nothing is lost or orphaned.
import { join } from 'node:path';
import { buildFwtestPackage, FWTEST_HEADER } from '../../support/fwtest-plugin';
import { resourceValues, TerraformWorkspace } from '../../support/terraform-cli';
import { readStore } from '../../fixtures/fwtest/store';

jest.setTimeout(120_000);

let ws: TerraformWorkspace;

beforeAll(async () => {
  ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  ws.writeConfig(`${FWTEST_HEADER}
resource "fwtest_thing" "slow" {
  name            = "slow"
  create_delay_ms = 60000
}
`);
  await ws.init();
});

afterAll(() => ws?.cleanup());

test('an interrupted create is cancelled promptly and what it created stays in state, tainted', async () => {
  const store = join(ws.dir, 'store.json');
  let terraformPid = 0;
  const started = Date.now();
  const running = ws.run(['apply', '-auto-approve', '-input=false', '-no-color'], { onSpawn: (pid) => (terraformPid = pid) });
  // Wait until the remote object exists (the handler is now sleeping), then press Ctrl-C.
  while (Object.keys(readStore(store).things).length === 0) {
    if (Date.now() - started > 30_000) throw new Error('create never started');
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(terraformPid, 'SIGINT');
  const result = await running;
  expect(Date.now() - started).toBeLessThan(20_000); // far less than the 60 s the create would take
  expect(result.code).toBe(1);
  expect(result.stdout + result.stderr).toMatch(/Interrupt received/);
  expect(result.stderr).toMatch(/Operation Cancelled/);
  const state = await ws.state();
  const created = Object.keys(readStore(store).things);
  expect(created).toHaveLength(1);
  expect(resourceValues(state, 'fwtest_thing.slow').id).toBe(created[0]);
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_thing\.slow is tainted, so must be replaced/);
});
