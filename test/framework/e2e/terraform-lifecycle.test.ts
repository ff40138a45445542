// The framework under the real Terraform 1.11: init from a filesystem mirror, validate, plan, apply,
// update, replace, drift, import, write-only and ephemeral values, exact numbers, logging, destroy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFwtestPackage } from '../../support/fwtest-plugin';
import { resourceValues, TerraformWorkspace } from '../../support/terraform-cli';
import { readStore, updateStore } from '../../fixtures/fwtest/store';

jest.setTimeout(120_000);

const API_KEY = 'fwtest-api-key-9f8e7d6c5b4a';
const PASSWORD = 'hunter2-correct-horse-battery';

let ws: TerraformWorkspace;
let store: string;

const header = (extra = '') => `
terraform {
  required_providers {
    fwtest = { source = "test/fwtest", version = "0.0.1" }
  }
}
provider "fwtest" {
  store   = "${'${'}path.root}/store.json"
  api_key = var.api_key
}
variable "api_key" {
  type      = string
  sensitive = true
}
${extra}`;

const thing = (attrs: string) => `
resource "fwtest_thing" "a" {
${attrs}
}
output "thing_id" { value = fwtest_thing.a.id }
`;

beforeAll(async () => {
  const pkg = await buildFwtestPackage();
  ws = TerraformWorkspace.create([pkg], { TF_VAR_api_key: API_KEY });
  store = join(ws.dir, 'store.json');
});

afterAll(() => ws?.cleanup());

test('init installs the provider from the filesystem mirror', async () => {
  ws.writeConfig(header(thing('  name = "alpha"')));
  const r = await ws.init();
  expect(r.stdout).toMatch(/Installed test\/fwtest v0\.0\.1 \(unauthenticated\)/);
  expect(readFileSync(join(ws.dir, '.terraform.lock.hcl'), 'utf8')).toMatch(/registry\.terraform\.io\/test\/fwtest/);
});

test('validate points at the offending attribute', async () => {
  ws.writeConfig(header(thing('  name = "Bad Name!"')));
  const r = await ws.run(['validate', '-no-color']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/Invalid Attribute Value Match/);
  expect(r.stderr).toMatch(/must contain only lower case letters, digits and dashes, got "Bad\s+Name!"/);
  expect(r.stderr).toMatch(/with fwtest_thing\.a,\s+on main\.tf line \d+, in resource "fwtest_thing" "a":/);
  expect(r.stderr).toMatch(/name = "Bad Name!"/);
});

test('plan shows known-after-apply, sensitive values and defaults', async () => {
  ws.writeConfig(
    header(
      thing(`  name     = "alpha"
  note     = "first"
  password = "${PASSWORD}"
  exact    = 0.1
  items    = ["x", "y"]
  tags     = { env = "test" }
  endpoints = [{ host = "a.example" }]
  label {
    key   = "team"
    value = "infra"
  }`) + `output "exact" { value = fwtest_thing.a.exact }\n`,
    ),
  );
  const r = await ws.planExitCode();
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/\+ id\s+= \(known after apply\)/);
  expect(r.stdout).toMatch(/\+ password\s+= \(sensitive value\)/);
  expect(r.stdout).toMatch(/\+ secret\s+= \(sensitive value\)/);
  expect(r.stdout).toMatch(/\+ size\s+= 1/);
  expect(r.stdout).toMatch(/\+ port = 443/);
  expect(r.stdout).toMatch(/\+ exact\s+= 0\.1/);
  expect(r.stdout).not.toContain(PASSWORD);
});

test('apply creates, and a second plan is empty', async () => {
  await ws.apply();
  const state = await ws.state();
  const v = resourceValues(state, 'fwtest_thing.a');
  expect(v.id).toBe('thing-1');
  expect(v.size).toBe(1);
  expect(v.endpoints).toEqual([{ host: 'a.example', port: 443 }]);
  expect(v.password_wo).toBeNull();
  expect(readStore(store).things['thing-1']?.password).toBe(PASSWORD);
  expect((await ws.planExitCode()).code).toBe(0);
});

test('private state set at create reaches read through Terraform state', async () => {
  await ws.must(['apply', '-refresh-only', '-auto-approve']);
  expect(readStore(store).things['thing-1']?.last_read_private).toEqual({ revision: 1 });
});

test('numbers like 0.1 and 2^60 survive unchanged', async () => {
  const cfg = readFileSync(join(ws.dir, 'main.tf'), 'utf8').replace('exact    = 0.1', 'exact    = 1152921504606846977');
  ws.writeConfig(cfg);
  await ws.apply();
  expect(await ws.output('exact')).toBe('1152921504606846977');
  expect(ws.rawState()).toMatch(/"exact": 1152921504606846977\b/);
  expect(readStore(store).things['thing-1']?.exact).toBe('1152921504606846977');
  expect((await ws.planExitCode()).code).toBe(0);
  ws.writeConfig(cfg.replace('exact    = 1152921504606846977', 'exact    = 0.1'));
  await ws.apply();
  expect(await ws.output('exact')).toBe('0.1');
  expect(ws.rawState()).toMatch(/"exact": 0\.1\b/);
  expect((await ws.planExitCode()).code).toBe(0);
});

test('an in-place update keeps the id and re-reads computed values', async () => {
  const before = resourceValues(await ws.state(), 'fwtest_thing.a');
  ws.writeConfig(readFileSync(join(ws.dir, 'main.tf'), 'utf8').replace('note     = "first"', 'note     = "second"'));
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_thing\.a will be updated in-place/);
  expect(plan.stdout).toMatch(/~ note\s+= "first" -> "second"/);
  expect(plan.stdout).toMatch(/~ updated_at\s+= "[^"]+" -> \(known after apply\)/);
  await ws.apply();
  const after = resourceValues(await ws.state(), 'fwtest_thing.a');
  expect(after.id).toBe(before.id);
  expect(after.created_at).toBe(before.created_at);
  expect(after.updated_at).not.toBe(before.updated_at);
  expect((await ws.planExitCode()).code).toBe(0);
});

test('changing a requires-replace attribute forces replacement', async () => {
  ws.writeConfig(readFileSync(join(ws.dir, 'main.tf'), 'utf8').replace('name     = "alpha"', 'name     = "alpha"\n  kind     = "blue"'));
  await ws.apply(); // setting kind from null also replaces
  ws.writeConfig(readFileSync(join(ws.dir, 'main.tf'), 'utf8').replace('kind     = "blue"', 'kind     = "green"'));
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_thing\.a must be replaced/);
  expect(plan.stdout).toMatch(/~ kind\s+= "blue" -> "green" # forces replacement/);
  const before = resourceValues(await ws.state(), 'fwtest_thing.a').id;
  await ws.apply();
  const after = resourceValues(await ws.state(), 'fwtest_thing.a').id;
  expect(after).not.toBe(before);
  expect(Object.keys(readStore(store).things)).toEqual([after]);
});

test('an object removed out of band is drift, and the next plan re-creates it', async () => {
  const id = resourceValues(await ws.state(), 'fwtest_thing.a').id as string;
  updateStore(store, (d) => {
    delete d.things[id];
  });
  const refresh = await ws.planExitCode(['-refresh-only']);
  expect(refresh.code).toBe(2);
  expect(refresh.stdout).toMatch(/fwtest_thing\.a has been deleted/);
  const plan = await ws.planExitCode();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toMatch(/fwtest_thing\.a will be created/);
  await ws.apply();
  expect((await ws.planExitCode()).code).toBe(0);
});

test('an import block adopts an existing object', async () => {
  updateStore(store, (d) => {
    d.things['thing-77'] = { ...Object.values(d.things)[0]!, id: 'thing-77', name: 'adopted', kind: null, note: null, password: null, exact: null, tags: null, items: null, endpoints: null, labels: [], password_wo_received: null, password_wo_version: null };
  });
  const cfg = readFileSync(join(ws.dir, 'main.tf'), 'utf8');
  ws.writeConfig(`${cfg}\nimport {\n  to = fwtest_thing.adopted\n  id = "thing-77"\n}\nresource "fwtest_thing" "adopted" {\n  name = "adopted"\n}\n`);
  const plan = await ws.planExitCode();
  expect(plan.stdout).toMatch(/fwtest_thing\.adopted: Preparing import\.\.\. \[id=thing-77\]/);
  expect(plan.stdout).toMatch(/Plan: 1 to import, 0 to add, 0 to change, 0 to destroy/);
  await ws.apply();
  expect(resourceValues(await ws.state(), 'fwtest_thing.adopted').name).toBe('adopted');
  expect((await ws.planExitCode()).code).toBe(0);
});

test('a write-only value reaches the provider and never the state; an ephemeral value is opened and closed', async () => {
  const cfg = readFileSync(join(ws.dir, 'main.tf'), 'utf8');
  ws.writeConfig(
    cfg.replace('resource "fwtest_thing" "adopted" {\n  name = "adopted"\n}', 'resource "fwtest_thing" "adopted" {\n  name = "adopted"\n  password_wo         = ephemeral.fwtest_ticket.t.ticket\n  password_wo_version = 1\n}') +
      '\nephemeral "fwtest_ticket" "t" {\n  purpose = "rotation"\n}\n',
  );
  await ws.apply();
  const data = readStore(store);
  const tickets = Object.values(data.tickets);
  expect(tickets.length).toBeGreaterThanOrEqual(1);
  expect(tickets.every((t) => !t.open)).toBe(true); // every ticket opened in plan and apply was closed
  const received = data.things['thing-77']!.password_wo_received!;
  expect(tickets.map((t) => t.ticket)).toContain(received);
  const raw = ws.rawState();
  for (const t of tickets) expect(raw).not.toContain(t.ticket);
  const v = resourceValues(await ws.state(), 'fwtest_thing.adopted');
  expect(v.password_wo).toBeNull();
  expect(v.password_wo_version).toBe(1);
  expect(typeof v.password_wo_digest).toBe('string');
  expect((await ws.planExitCode()).code).toBe(0);
});

test('a data source lists what exists', async () => {
  const cfg = readFileSync(join(ws.dir, 'main.tf'), 'utf8');
  ws.writeConfig(`${cfg}\ndata "fwtest_things" "all" {\n  name_prefix = "ad"\n  depends_on  = [fwtest_thing.adopted]\n}\noutput "names" { value = [for t in data.fwtest_things.all.things : t.name] }\n`);
  await ws.apply();
  expect(JSON.parse((await ws.must(['output', '-json', 'names'])).stdout)).toEqual(['adopted']);
});

test('TF_LOG=trace shows the provider structured lines and no sensitive value', async () => {
  const r = await ws.run(['plan', '-no-color'], { env: { TF_LOG: 'trace' } });
  expect(r.code).toBe(0);
  const lines = r.stderr.split('\n').filter((l) => l.includes('provider.terraform-provider-fwtest'));
  expect(lines.some((l) => /Received request: .*tf_rpc=ReadResource/.test(l))).toBe(true);
  expect(lines.some((l) => /@module=provider\.fwtest/.test(l))).toBe(true);
  expect(r.stderr).toMatch(/configured with api key \(sensitive value\)/);
  const secret = resourceValues(await ws.state(), 'fwtest_thing.a').secret as string;
  for (const s of [API_KEY, PASSWORD, secret]) expect(r.stderr).not.toContain(s);
  // the careless create handler logged the password; the framework redacted it
  const applyLog = await ws.run(['apply', '-auto-approve', '-replace=fwtest_thing.a', '-no-color'], { env: { TF_LOG: 'trace' } });
  expect(applyLog.code).toBe(0);
  expect(applyLog.stderr).toMatch(/creating thing with password \(sensitive value\)/);
  expect(applyLog.stderr).not.toContain(PASSWORD);
  expect(applyLog.stderr).not.toContain(API_KEY);
});

test('destroy removes everything', async () => {
  await ws.destroy();
  expect(readStore(store).things).toEqual({});
  expect(JSON.parse(ws.rawState()).resources).toEqual([]);
});

