// Provider-defined functions, cross-type `moved` blocks and a host with AutoMTLS turned off, under the real Terraform.
import { join } from 'node:path';
import { buildFwtestPackage, FWTEST_HEADER } from '../../support/fwtest-plugin';
import { resourceValues, TerraformWorkspace } from '../../support/terraform-cli';
import { readStore } from '../../fixtures/fwtest/store';

jest.setTimeout(120_000);

let ws: TerraformWorkspace;
const header = FWTEST_HEADER;

beforeAll(async () => {
  ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  ws.writeConfig(header);
  await ws.init();
});

afterAll(() => ws?.cleanup());

test('provider functions compute values, variadic arguments included', async () => {
  ws.writeConfig(`${header}
output "ninety_minutes" { value = provider::fwtest::seconds("90m") }
output "joined" { value = provider::fwtest::join_with("-", "a", "b", "c") }
output "none" { value = provider::fwtest::join_with("-") }
`);
  await ws.apply();
  expect(await ws.output('ninety_minutes')).toBe('5400');
  expect(await ws.output('joined')).toBe('a-b-c');
  expect(await ws.output('none')).toBe('');
});

test('a function error blames its argument', async () => {
  ws.writeConfig(`${header}\noutput "bad" { value = provider::fwtest::seconds("ninety") }\n`);
  const r = await ws.run(['plan', '-no-color']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/Invalid function argument/);
  expect(r.stderr).toMatch(/"ninety" is not a duration/);
  expect(r.stderr).toMatch(/provider::fwtest::seconds\("ninety"\)/);
});

test('a moved block brings state from another resource type without re-creating the object', async () => {
  ws.writeConfig(`${header}\nresource "fwtest_legacy_thing" "x" {\n  label = "moving"\n}\n`);
  await ws.apply();
  const id = resourceValues(await ws.state(), 'fwtest_legacy_thing.x').id;
  ws.writeConfig(`${header}\nresource "fwtest_thing" "x" {\n  name = "moving"\n}\nmoved {\n  from = fwtest_legacy_thing.x\n  to   = fwtest_thing.x\n}\n`);
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_legacy_thing\.x has moved to fwtest_thing\.x/);
  expect(plan.stdout).not.toMatch(/will be created|must be replaced|will be destroyed/);
  await ws.apply();
  const moved = resourceValues(await ws.state(), 'fwtest_thing.x');
  expect(moved.id).toBe(id);
  expect(moved.name).toBe('moving');
  expect(Object.keys(readStore(join(ws.dir, 'store.json')).things)).toEqual([id]);
  expect((await ws.planExitCode()).code).toBe(0);
});

test('with TF_DISABLE_PLUGIN_TLS set, Terraform talks plaintext and the provider serves it', async () => {
  ws.writeConfig(`${header}\noutput "seconds" { value = provider::fwtest::seconds("2h") }\n`);
  const r = await ws.run(['apply', '-auto-approve', '-no-color'], { env: { TF_DISABLE_PLUGIN_TLS: '1', TF_LOG: 'trace' } });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/seconds = 7200/);
  expect(r.stderr).not.toMatch(/configuring client automatic mTLS/);
});
