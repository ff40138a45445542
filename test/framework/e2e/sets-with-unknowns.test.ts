// Sets holding a value not known until apply, under the real Terraform: a set attribute, a dynamic
// attribute given a set, a set inside nested objects, a set-nested attribute and set blocks. Terraform
// compares such plans structurally (an unknown element matches an unknown element), so they must plan,
// apply, and leave nothing to change.
import { buildFwtestPackage, FWTEST_HEADER } from '../../support/fwtest-plugin';
import { resourceValues, TerraformWorkspace } from '../../support/terraform-cli';

jest.setTimeout(180_000);

let ws: TerraformWorkspace;
const header = (input: string) => `${FWTEST_HEADER}
resource "terraform_data" "x" {
  input = "${input}"
}
`;

beforeAll(async () => {
  ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  ws.writeConfig(header('later'));
  await ws.init();
});

afterAll(() => ws?.cleanup());

async function expectNoChanges(): Promise<void> {
  const again = await ws.planExitCode();
  expect(again.stdout).toMatch(/No changes/);
  expect(again.code).toBe(0);
}

/** One resource per shape, all fed from terraform_data.x, so one plan and apply covers them all. */
const shapes = (input: string) => `${header(input)}
resource "fwtest_bag" "a" {
  name = "a"
  sset = [terraform_data.x.output, "fixed"]
}
resource "fwtest_bag" "d" {
  name = "d"
  dyn  = toset([terraform_data.x.output, "k"])
}
resource "fwtest_bag" "n" {
  name   = "n"
  groups = [{ words = [terraform_data.x.output, "w"] }]
  pairs  = [{ key = terraform_data.x.output, value = "v" }, { key = "k" }]
  grant {
    role = terraform_data.x.output
  }
  grant {
    role = "reader"
  }
}
resource "fwtest_bag" "p" {
  name  = "p"
  pairs = [{ key = "k", value = "v", labels = [terraform_data.x.output] }, { key = "d", labels = [terraform_data.x.output] }]
}
`;

test('sets with an element known only after apply plan, apply and re-plan empty: attribute, dynamic, nested, set-nested, set block', async () => {
  ws.writeConfig(shapes('later'));
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toMatch(/\+ sset\s+= \[\s+\+ "fixed",\s+\+ \(known after apply\),\s+\]/);
  expect(plan.stdout).toMatch(/Plan: 5 to add/);
  await ws.apply();
  const state = await ws.state();
  expect(resourceValues(state, 'fwtest_bag.a').sset).toEqual(['fixed', 'later']);
  expect(resourceValues(state, 'fwtest_bag.d').dyn).toEqual(['k', 'later']);
  const n = resourceValues(state, 'fwtest_bag.n');
  expect(n.groups).toEqual([{ words: ['later', 'w'] }]);
  expect(n.pairs).toEqual(expect.arrayContaining([{ key: 'later', value: 'v', labels: null }, { key: 'k', value: 'none', labels: null }]));
  expect(n.grant).toEqual(expect.arrayContaining([{ role: 'later' }, { role: 'reader' }]));
  // an element whose own set holds an unknown keeps its configured value beside the other's default
  expect(resourceValues(state, 'fwtest_bag.p').pairs).toEqual(
    expect.arrayContaining([{ key: 'k', value: 'v', labels: ['later'] }, { key: 'd', value: 'none', labels: ['later'] }]),
  );
  await expectNoChanges();
});

test('existing sets updated in place with an element known only after apply', async () => {
  ws.writeConfig(shapes('again'));
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_bag\.a will be updated in-place/);
  expect(plan.stdout).toMatch(/Plan: 0 to add, 5 to change, 0 to destroy/);
  await ws.apply();
  expect(resourceValues(await ws.state(), 'fwtest_bag.a').sset).toEqual(['again', 'fixed']);
  await expectNoChanges();
});

test('an unknown set element that turns out equal to a known one merges with it', async () => {
  ws.writeConfig(shapes('fixed'));
  await ws.apply();
  expect(resourceValues(await ws.state(), 'fwtest_bag.a').sset).toEqual(['fixed']);
  await expectNoChanges();
});

test('set elements completed at apply may merge: the set shrinks, as Terraform allows', async () => {
  ws.writeConfig(`${header('later')}
resource "fwtest_bag" "m" {
  name    = "m"
  members = [{ name = "ann" }, { name = "ann", role = "member" }]
}
`);
  await ws.apply();
  const members = resourceValues(await ws.state(), 'fwtest_bag.m').members as { name: string; role: string }[];
  expect(members).toEqual([{ name: 'ann', role: 'member', uid: expect.stringMatching(/^uid-ann-/) }]);
});

test('a set element that comes back changed is reported by the framework, naming the attribute', async () => {
  ws.writeConfig(`${header('later')}
resource "fwtest_bag" "s" {
  name    = "s"
  members = [{ name = "shout!" }]
}
`);
  const r = await ws.run(['apply', '-auto-approve', '-input=false', '-no-color']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/Provider Produced Inconsistent Result After Apply/);
  expect(r.stderr).toMatch(/- members: planned \[\{name = "shout!", role = \(known after apply\), uid = \(known after apply\)\}\], but the handler\s+returned \[\{name = "shout", role = "member", uid = "uid-shout-\d+"\}\]/);
});
