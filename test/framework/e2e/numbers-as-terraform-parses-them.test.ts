// Numbers the provider sends must be the very numbers Terraform parsed from configuration and state,
// not only equal ones: Terraform 1.11 compares some values with RawEquals or reflect.DeepEqual, which
// tell a 512-bit float parsed from decimal text (configuration, state files) from a 64-bit one read
// from a msgpack integer or double. Before numbers went out as decimal text, a number beyond int64
// that is an exact double (2^70) failed the final plan check at apply ("was
// cty.NumberIntVal(1.1805916207174113e+21), but now cty.NumberIntVal(1.1805916207174113e+21)").
// (The refresh-only side of the same cause: refresh-only-numbers.test.ts.)
import { FWTEST_HEADER, buildFwtestPackage } from '../../support/fwtest-plugin';
import { resourceValues, TerraformWorkspace } from '../../support/terraform-cli';

jest.setTimeout(120_000);

let ws: TerraformWorkspace;

beforeAll(async () => {
  ws = TerraformWorkspace.create([await buildFwtestPackage()]);
});

afterAll(() => ws?.cleanup());

test('numbers from configuration come back as the same numbers: 2^70, 0.1, a 31-digit decimal, 2^53-1', async () => {
  ws.writeConfig(`${FWTEST_HEADER}
resource "fwtest_thing" "big" {
  name  = "big"
  size  = 9007199254740991
  exact = 1180591620717411303424
}
resource "fwtest_thing" "fraction" {
  name  = "fraction"
  exact = 0.1
}
resource "fwtest_thing" "long" {
  name  = "long"
  exact = 123456789012345678901234567890.5
}
`);
  await ws.init();
  await ws.apply();
  const state = await ws.state();
  expect(resourceValues(state, 'fwtest_thing.big')['exact']).toBe(1180591620717411303424);
  expect(resourceValues(state, 'fwtest_thing.fraction')['exact']).toBe(0.1);
  expect((await ws.planExitCode()).code).toBe(0);
  expect(ws.rawState()).toMatch(/"exact": 123456789012345678901234567890\.5/);
});
