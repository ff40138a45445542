// Nested blocks and set-nested attributes in the shapes that trip providers up, under the real Terraform:
// an optional single block, set elements holding values not known until apply, a dynamic block over an
// unknown for_each, and defaults inside set elements whose order Terraform chooses.
import { buildFwtestPackage, FWTEST_HEADER } from '../../support/fwtest-plugin';
import { resourceValues, TerraformWorkspace } from '../../support/terraform-cli';

jest.setTimeout(120_000);

let ws: TerraformWorkspace;
const header = `${FWTEST_HEADER}
resource "fwtest_thing" "upstream" {
  name = "upstream"
}
`;

beforeAll(async () => {
  ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  ws.writeConfig(header);
  await ws.init();
});

afterAll(() => ws?.cleanup());

test('an optional single block is a schema Terraform accepts, and round-trips', async () => {
  ws.writeConfig(`${header}\nresource "fwtest_thing" "a" {\n  name = "a"\n  settings {\n    mode = "fast"\n  }\n}\n`);
  await ws.apply();
  expect(resourceValues(await ws.state(), 'fwtest_thing.a').settings).toEqual({ mode: 'fast' });
  expect((await ws.planExitCode()).code).toBe(0);
});

test('set blocks whose elements hold values known only after apply are not merged', async () => {
  await ws.destroy();
  ws.writeConfig(`${header}
resource "fwtest_thing" "b" {
  name = "b"
  rule {
    target = fwtest_thing.upstream.id
    port   = 80
  }
  rule {
    target = fwtest_thing.upstream.secret
    port   = 80
  }
}
`);
  const plan = await ws.planExitCode();
  expect(plan.stdout.match(/\+ rule \{/g)).toHaveLength(2);
  await ws.apply();
  const rules = resourceValues(await ws.state(), 'fwtest_thing.b').rule as { target: string; port: number }[];
  expect(rules).toHaveLength(2);
  expect((await ws.planExitCode()).code).toBe(0);
});

test('a dynamic block over a for_each not yet known plans through modifyPlan', async () => {
  await ws.destroy();
  ws.writeConfig(`${header}
resource "fwtest_thing" "c" {
  name = "c"
  dynamic "label" {
    for_each = toset([fwtest_thing.upstream.id])
    content {
      key   = "upstream"
      value = label.value
    }
  }
}
`);
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  await ws.apply();
  expect((resourceValues(await ws.state(), 'fwtest_thing.c').label as unknown[]).length).toBe(1);
  expect((await ws.planExitCode()).code).toBe(0);
});

test('defaults inside set elements land on the right element, so the next plan is empty', async () => {
  ws.writeConfig(`${header}
resource "fwtest_thing" "d" {
  name = "d"
  entries = [
    { name = "a", mode = "x" },
    { name = "b" },
    { name = "c", mode = "y" },
    { name = "d" },
  ]
}
`);
  await ws.apply();
  const entries = resourceValues(await ws.state(), 'fwtest_thing.d').entries as { name: string; mode: string }[];
  expect(Object.fromEntries(entries.map((e) => [e.name, e.mode]))).toEqual({ a: 'x', b: 'auto', c: 'y', d: 'auto' });
  const again = await ws.planExitCode();
  expect(again.stdout).toMatch(/No changes/);
  expect(again.code).toBe(0);
});
