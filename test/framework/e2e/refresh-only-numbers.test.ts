// Drift checks must be quiet for untouched objects: `plan -refresh-only -detailed-exitcode` exits 0 for
// an object holding numbers (integers, fractions, large values), run after run. Terraform 1.11 compares
// the refreshed object with the one read from its state file structurally, so a number must reach it in
// the same precision the state file gives it.
import { buildFwtestPackage, FWTEST_HEADER } from '../../support/fwtest-plugin';
import { TerraformWorkspace } from '../../support/terraform-cli';

jest.setTimeout(120_000);

let ws: TerraformWorkspace;

beforeAll(async () => {
  ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  ws.writeConfig(`${FWTEST_HEADER}
resource "fwtest_bag" "numbers" {
  name = "numbers"
  dyn  = { count = 3, ratio = 0.1, big = 1152921504606846977, half = 0.5 }
}
`);
  await ws.init();
});

afterAll(() => ws?.cleanup());

test('an object holding numbers is not drift when nothing changed', async () => {
  await ws.must(['plan', '-input=false', '-out=tfplan']);
  await ws.must(['apply', '-input=false', 'tfplan']);
  for (let run = 0; run < 3; run++) {
    const refresh = await ws.planExitCode(['-refresh-only']);
    expect({ run, code: refresh.code }).toEqual({ run, code: 0 });
  }
  expect((await ws.planExitCode()).code).toBe(0);
});
