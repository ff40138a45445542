// The 0.21 generator has no ephemeral resources; ours (TerraformEphemeralResource + the generated classes)
// must synthesize what Terraform 1.11 accepts: an `ephemeral` block whose value feeds a write-only argument
// and another provider's configuration, applied for real, with the ephemeral value in no state or output.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, LocalBackend, TerraformOutput, TerraformStack } from 'cdktf';
import type { ProviderSchemaJson } from '../../../scripts/gen/schema-json';
import { providerSchemaJson } from '../../../src/framework/schema/to-json';
import { fwtestProvider } from '../../fixtures/fwtest/provider';
import { buildFwtestPackage } from '../../support/fwtest-plugin';
import { generateBindings, type GeneratedBindings } from '../../support/generated-bindings';
import { TerraformWorkspace } from '../../support/terraform-cli';

let bindings: GeneratedBindings;
beforeAll(async () => {
  bindings = await generateBindings(providerSchemaJson(fwtestProvider, 'registry.terraform.io/test/fwtest') as unknown as ProviderSchemaJson);
}, 60_000);
afterAll(() => bindings?.remove());

/* eslint-disable @typescript-eslint/no-require-imports -- the bindings are generated at run time */
/**
 * `store` is the fwtest platform of the default provider, `otherStore` that of the provider configured with
 * the ticket: each provider configuration is a plugin process of its own, and two processes rewriting one
 * store file lose each other's writes (a ticket vanished that way under load).
 */
function synthesize(outdir: string, store: string, otherStore: string): Record<string, any> {
  const fw = require(bindings.providerDir) as any;
  const eph = require(bindings.ephemeralDir) as any;
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'tokens');
  // cdktf's default local backend is a path in the directory synth ran from: keep state in the workspace.
  new LocalBackend(stack, { path: 'terraform.tfstate' });
  new fw.provider.FwtestProvider(stack, 'fwtest', { store });
  const ticket = new eph.ephemeralFwtestTicket.EphemeralFwtestTicket(stack, 'deploy', { purpose: 'deploy' });
  // A second provider configured with the ephemeral value: provider blocks are an ephemeral context.
  const ticketed = new fw.provider.FwtestProvider(stack, 'ticketed', { alias: 'ticketed', store: otherStore, apiKey: ticket.ticket });
  const thing = new fw.thing.Thing(stack, 'app', { name: 'app', passwordWo: ticket.ticket, passwordWoVersion: 1 });
  new fw.thing.Thing(stack, 'other', { name: 'other', provider: ticketed });
  new TerraformOutput(stack, 'digest', { value: thing.passwordWoDigest });
  app.synth();
  return JSON.parse(readFileSync(join(outdir, 'stacks/tokens/cdk.tf.json'), 'utf8'));
}

test('an ephemeral token synthesizes as an ephemeral block and feeds a write-only argument and a provider, applied by terraform', async () => {
  const ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  try {
    const store = join(ws.dir, 'store.json');
    const otherStore = join(ws.dir, 'other-store.json');
    const json = synthesize(join(ws.root, 'cdktf.out'), store, otherStore);
    expect(json.ephemeral.fwtest_ticket.deploy).toMatchObject({ purpose: 'deploy' });
    expect(json.data).toBeUndefined();
    expect(json.resource.fwtest_thing.app).toMatchObject({ password_wo: '${ephemeral.fwtest_ticket.deploy.ticket}', password_wo_version: 1 });
    expect(json.provider.fwtest).toContainEqual(expect.objectContaining({ alias: 'ticketed', api_key: '${ephemeral.fwtest_ticket.deploy.ticket}' }));
    writeFileSync(join(ws.dir, 'cdk.tf.json'), JSON.stringify(json));

    await ws.init();
    await ws.must(['validate']);
    const applied = await ws.apply();
    // Each run opens its own ticket; the one this apply used is the last the store recorded.
    const tickets = Object.values(JSON.parse(readFileSync(store, 'utf8')).tickets as Record<string, { ticket: string; open: boolean }>);
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets.every((t) => !t.open)).toBe(true); // closed at the end of each run
    const last = tickets[tickets.length - 1]!.ticket;
    expect(await ws.output('digest')).toBe(createHash('sha256').update(last).digest('hex'));
    const state = ws.rawState();
    for (const t of tickets) {
      expect(state).not.toContain(t.ticket);
      expect(applied.stdout + applied.stderr).not.toContain(t.ticket);
    }
    expect((await ws.state()).values?.root_module?.resources?.find((r) => r.address === 'fwtest_thing.app')?.values.password_wo).toBeNull();
    // The provider configured with the ticket made its thing.
    expect(Object.values(JSON.parse(readFileSync(otherStore, 'utf8')).things as Record<string, { name: string }>).map((t) => t.name)).toEqual(['other']);
    // Same version, new ticket: a write-only value never shows up as a change.
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
  } finally {
    ws.cleanup();
  }
}, 180_000);
