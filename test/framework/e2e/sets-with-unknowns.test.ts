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

test('a set attribute with an element known only after apply plans, applies, and re-plans empty', async () => {
  ws.writeConfig(`${header('later')}
resource "fwtest_bag" "a" {
  name = "a"
  sset = [terraform_data.x.output, "fixed"]
}
`);
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toMatch(/\+ sset\s+= \[\s+\+ "fixed",\s+\+ \(known after apply\),\s+\]/);
  await ws.apply();
  expect(resourceValues(await ws.state(), 'fwtest_bag.a').sset).toEqual(['fixed', 'later']);
  await expectNoChanges();
});

test('an existing set updated in place with an element known only after apply', async () => {
  ws.writeConfig(`${header('again')}
resource "fwtest_bag" "a" {
  name = "a"
  sset = [terraform_data.x.output, "fixed"]
}
`);
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_bag\.a will be updated in-place/);
  await ws.apply();
  expect(resourceValues(await ws.state(), 'fwtest_bag.a').sset).toEqual(['again', 'fixed']);
  await expectNoChanges();
});

test('an unknown set element that turns out equal to a known one merges with it', async () => {
  ws.writeConfig(`${header('fixed')}
resource "fwtest_bag" "a" {
  name = "a"
  sset = [terraform_data.x.output, "fixed"]
}
`);
  await ws.apply();
  expect(resourceValues(await ws.state(), 'fwtest_bag.a').sset).toEqual(['fixed']);
  await expectNoChanges();
});

test('a dynamic attribute given a set with an element known only after apply', async () => {
  ws.writeConfig(`${header('later')}
resource "fwtest_bag" "d" {
  name = "d"
  dyn  = toset([terraform_data.x.output, "k"])
}
`);
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  await ws.apply();
  expect(resourceValues(await ws.state(), 'fwtest_bag.d').dyn).toEqual(['k', 'later']);
  await expectNoChanges();
});

test('sets with unknowns inside nested objects, in set-nested attributes and in set blocks', async () => {
  ws.writeConfig(`${header('soon')}
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
`);
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  await ws.apply();
  const values = resourceValues(await ws.state(), 'fwtest_bag.n');
  expect(values.groups).toEqual([{ words: ['soon', 'w'] }]);
  expect(values.pairs).toEqual(expect.arrayContaining([{ key: 'soon', value: 'v', labels: null }, { key: 'k', value: 'none', labels: null }]));
  expect(values.grant).toEqual(expect.arrayContaining([{ role: 'soon' }, { role: 'reader' }]));
  await expectNoChanges();
});

test('a set-nested element whose own set holds an unknown keeps its configured values beside defaults', async () => {
  ws.writeConfig(`${header('tbd')}
resource "fwtest_bag" "p" {
  name  = "p"
  pairs = [{ key = "k", value = "v", labels = [terraform_data.x.output] }, { key = "d", labels = [terraform_data.x.output] }]
}
`);
  await ws.apply();
  const pairs = resourceValues(await ws.state(), 'fwtest_bag.p').pairs;
  expect(pairs).toEqual(expect.arrayContaining([{ key: 'k', value: 'v', labels: ['tbd'] }, { key: 'd', value: 'none', labels: ['tbd'] }]));
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
