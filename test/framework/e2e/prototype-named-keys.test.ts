// Map keys and block labels that name Object.prototype's members ("__proto__", "constructor", …) are
// legal in Terraform and must travel like any other key, under the real Terraform: plan, apply, refresh,
// import, and a re-plan that finds nothing to change.
import { join } from 'node:path';
import { buildFwtestPackage, FWTEST_HEADER } from '../../support/fwtest-plugin';
import { resourceValues, TerraformWorkspace } from '../../support/terraform-cli';
import { readStore, updateStore } from '../../fixtures/fwtest/store';

jest.setTimeout(180_000);

let ws: TerraformWorkspace;
let store: string;

const plainConfig = `${FWTEST_HEADER}
resource "fwtest_bag" "k" {
  name = "k"
  tags = { a = "1" }
}
`;

const config = `${FWTEST_HEADER}
resource "fwtest_bag" "k" {
  name   = "k"
  tags   = { "__proto__" = "x", "constructor" = "y" }
  routes = { "__proto__" = { target = "t1" }, "toString" = { target = "t2" } }
  dyn    = { "__proto__" = "o", "valueOf" = "v" }
  endpoint "__proto__" {
    url = "https://a.example"
  }
  endpoint "hasOwnProperty" {
    url = "https://b.example"
  }
}
`;

/** Every key, own and in order of the JSON Terraform writes; a prototype-setting decoder would drop "__proto__". */
const keys = (o: unknown) => Object.keys(o as object).sort();

beforeAll(async () => {
  ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  store = join(ws.dir, 'store.json');
  ws.writeConfig(plainConfig);
  await ws.init();
});

afterAll(() => ws?.cleanup());

async function expectNoChanges(): Promise<void> {
  const again = await ws.planExitCode();
  expect(again.stdout).toMatch(/No changes/);
  expect(again.code).toBe(0);
}

function bagId(): string {
  return Object.keys(readStore(store).bags ?? {})[0]!;
}

test('a read that returns a "__proto__" key leaves the resource refreshable and plannable', async () => {
  ws.writeConfig(plainConfig);
  await ws.apply();
  updateStore(store, (data) => {
    data.bags![bagId()]!.state.tags = JSON.parse('{"__proto__":"added","a":"1","prototype":"p","__defineGetter__":"z"}');
  });
  await ws.apply(['-refresh-only']);
  expect(keys(resourceValues(await ws.state(), 'fwtest_bag.k').tags)).toEqual(['__defineGetter__', '__proto__', 'a', 'prototype']);
  // the state now holds the key: every later call decodes it
  await ws.apply(['-refresh-only']);
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toMatch(/- "__proto__"\s+= "added" -> null/);
  await ws.apply();
  expect(keys(resourceValues(await ws.state(), 'fwtest_bag.k').tags)).toEqual(['a']);
  await expectNoChanges();
});

test('plan and apply carry "__proto__" and other prototype names as keys and labels', async () => {
  ws.writeConfig(config);
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toMatch(/"__proto__"\s+= "x"/);
  await ws.apply();
  const v = resourceValues(await ws.state(), 'fwtest_bag.k');
  expect(keys(v.tags)).toEqual(['__proto__', 'constructor']);
  expect(JSON.parse(ws.rawState()).resources[0].instances[0].attributes.tags).toEqual(JSON.parse('{"__proto__":"x","constructor":"y"}'));
  expect(keys(v.routes)).toEqual(['__proto__', 'toString']);
  expect(keys(v.endpoint)).toEqual(['__proto__', 'hasOwnProperty']);
  expect(keys(v.dyn)).toEqual(['__proto__', 'valueOf']);
  expect(JSON.parse(JSON.stringify(v.endpoint))).toEqual(JSON.parse('{"__proto__":{"url":"https://a.example"},"hasOwnProperty":{"url":"https://b.example"}}'));
  await expectNoChanges();
});

test('a refresh reads a change made outside Terraform under the "__proto__" key, and the plan puts it back', async () => {
  updateStore(store, (data) => {
    const tags = data.bags![bagId()]!.state.tags as Record<string, string>;
    tags['__proto__'] = 'changed outside'; // an own property already (JSON.parse), so this sets it
  });
  await ws.apply(['-refresh-only']);
  expect((resourceValues(await ws.state(), 'fwtest_bag.k').tags as Record<string, string>)['__proto__']).toBe('changed outside');
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toMatch(/"__proto__"\s+= "changed outside" -> "x"/);
  await ws.apply();
  await expectNoChanges();
});

test('import reads keys named after prototype members back into state', async () => {
  const id = bagId();
  await ws.must(['state', 'rm', 'fwtest_bag.k']);
  await ws.must(['import', '-input=false', 'fwtest_bag.k', id]);
  const v = resourceValues(await ws.state(), 'fwtest_bag.k');
  expect(keys(v.tags)).toEqual(['__proto__', 'constructor']);
  expect(keys(v.routes)).toEqual(['__proto__', 'toString']);
  expect(keys(v.endpoint)).toEqual(['__proto__', 'hasOwnProperty']);
  await expectNoChanges();
});
