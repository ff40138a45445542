// requiresReplace on a set-nested attribute whose elements have computed inner attributes, under the
// real Terraform: an unrelated in-place change leaves those inner values "known after apply", which must
// not replace the resource; changing what the configuration says about a member must.
import { buildFwtestPackage, FWTEST_HEADER } from '../../support/fwtest-plugin';
import { resourceValues, TerraformWorkspace } from '../../support/terraform-cli';

jest.setTimeout(180_000);

let ws: TerraformWorkspace;

const bag = (name: string, members: string) => `${FWTEST_HEADER}
resource "fwtest_bag" "r" {
  name    = "${name}"
  members = ${members}
}
`;

type Member = { name: string; role: string; uid: string };
const members = async () => (resourceValues(await ws.state(), 'fwtest_bag.r').members as Member[]).slice().sort((a, b) => a.name.localeCompare(b.name));
const id = async () => resourceValues(await ws.state(), 'fwtest_bag.r').id as string;

beforeAll(async () => {
  ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  ws.writeConfig(bag('one', '[{ name = "ann" }, { name = "bob", role = "admin" }]'));
  await ws.init();
  await ws.apply();
});

afterAll(() => ws?.cleanup());

test('an unrelated in-place change updates in place, though the members\' computed values are unknown in the plan', async () => {
  const before = await members();
  const idBefore = await id();
  expect(before).toEqual([
    { name: 'ann', role: 'member', uid: expect.stringMatching(/^uid-ann-/) },
    { name: 'bob', role: 'admin', uid: expect.stringMatching(/^uid-bob-/) },
  ]);
  ws.writeConfig(bag('two', '[{ name = "ann" }, { name = "bob", role = "admin" }]'));
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_bag\.r will be updated in-place/);
  expect(plan.stdout).not.toMatch(/must be replaced|forces replacement/);
  expect(plan.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy/);
  await ws.apply();
  expect(await id()).toBe(idBefore);
  expect(await members()).toEqual(before);
  const again = await ws.planExitCode();
  expect(again.code).toBe(0);
});

test('changing a configured inner value replaces the resource', async () => {
  const idBefore = await id();
  ws.writeConfig(bag('two', '[{ name = "ann" }, { name = "bob", role = "owner" }]'));
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_bag\.r must be replaced/);
  expect(plan.stdout).toMatch(/# forces replacement/);
  await ws.apply();
  expect(await id()).not.toBe(idBefore);
  expect((await members()).find((m) => m.name === 'bob')?.role).toBe('owner');
  expect((await ws.planExitCode()).code).toBe(0);
});

test('adding a member replaces the resource', async () => {
  const idBefore = await id();
  ws.writeConfig(bag('two', '[{ name = "ann" }, { name = "bob", role = "owner" }, { name = "cy" }]'));
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_bag\.r must be replaced/);
  await ws.apply();
  expect(await id()).not.toBe(idBefore);
  expect((await members()).map((m) => m.name)).toEqual(['ann', 'bob', 'cy']);
});
