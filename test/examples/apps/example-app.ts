// One example app end to end: synthesized by cdktf (App.synth, as `cdktf synth` runs it), its HCL twin
// proved to be the same configuration by Terraform itself (the `configuration` of both plans is equal),
// then applied with the real terraform against the emulators, re-planned empty, refresh-only clean,
// destroyed with nothing left on the platforms. The provider reaches each platform through a proxy that
// records every credential and token crossing it; none may appear in the synthesized JSON, any terraform
// output or the saved plans.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import type { RunningEmulators } from '../../../src/emulators';
import { emulatorEnvironment, resourceTest, type TestContext } from '../../support/resource-test';
import { startSecretRecordingProxy, type SecretRecordingProxy } from '../../support/secret-recording-proxy';
import { listedAuthorizations } from '../../provider/openshift/openshift-terraform';
import { tokensOnPlatform } from '../../provider/als/als-terraform';
import { nothingLive } from '../../provider/vms/vms-platform';

const root = join(__dirname, '../../..');

export interface ExampleApp {
  /** The folder under examples/apps/. */
  readonly folder: string;
  readonly stack: new (scope: Construct, id: string) => TerraformStack;
  readonly stackName: string;
  /** Values of the app's variables (secrets among them), as TF_VAR_<name>. */
  readonly variables?: Readonly<Record<string, string>>;
  /** Extra environment for terraform (TF_LOG, …). */
  readonly env?: (dir: string) => NodeJS.ProcessEnv;
  /** After apply: what the platforms hold, asked through their APIs. `secrets`: recorded so far. */
  readonly check: (ctx: TestContext, secrets: ReadonlySet<string>) => Promise<void>;
  /** Files written by terraform besides its output (a TF_LOG_PATH), searched for secrets too. */
  readonly logFiles?: (dir: string) => string[];
}

/** cdk.tf.json as `cdktf synth` writes it, and the text of the file. */
export function synthesize(app: ExampleApp): { json: Record<string, unknown>; text: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'authtoken-example-'));
  try {
    const cdktfApp = new App({ outdir });
    new app.stack(cdktfApp, app.stackName);
    cdktfApp.synth();
    const text = readFileSync(join(outdir, 'stacks', app.stackName, 'cdk.tf.json'), 'utf8');
    return { json: JSON.parse(text) as Record<string, unknown>, text };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** What Terraform made of a configuration: `terraform show -json` of a plan, its configuration part. */
async function plannedConfiguration(ctx: TestContext, dir: string, file: string, content: string): Promise<unknown> {
  mkdirSync(dir);
  writeFileSync(join(dir, file), content);
  for (const args of [['init', '-input=false', '-no-color'], ['plan', '-input=false', '-no-color', '-out=twin.tfplan']]) {
    const r = await ctx.ws.run(args, { cwd: dir });
    ctx.transcript.push(`$ terraform ${args.join(' ')} in ${file} (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
    if (r.code !== 0) throw new Error(`terraform ${args[0]} of ${file} failed:\n${r.stdout}\n${r.stderr}`);
  }
  const shown = await ctx.ws.run(['show', '-json', 'twin.tfplan'], { cwd: dir });
  return withoutTemplateText((JSON.parse(shown.stdout) as { configuration: unknown }).configuration);
}

/**
 * JSON syntax writes every expression as a string template, which `show -json` also gives as text
 * (`constant_value: "${each.value.note}"`) beside the references it finds; HCL gives the references only.
 * The references are what both mean.
 */
function withoutTemplateText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTemplateText);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const isTemplate = entries.some(([k]) => k === 'references') && entries.some(([k, v]) => k === 'constant_value' && typeof v === 'string' && v.includes('${'));
  return Object.fromEntries(entries.filter(([k]) => !(isTemplate && k === 'constant_value')).map(([k, v]) => [k, withoutTemplateText(v)]));
}

/** Terraform's answers to `show -json` and `output -json` are the values asked for, tokens included, by design. */
const ASKED_FOR_VALUES = /^\$ terraform (show -json|output -json)/;

export async function runExampleApp(app: ExampleApp): Promise<void> {
  const synthesized = synthesize(app);
  // cdktf's default local backend keeps state beside the app; the test keeps it in the workspace.
  const config = { ...synthesized.json, terraform: { ...(synthesized.json['terraform'] as object), backend: undefined } };
  const proxies: SecretRecordingProxy[] = [];
  const given = new Set<string>(Object.values(app.variables ?? {}));
  let logs: string[] = [];
  let stateAfterApply = '';
  const variables = Object.fromEntries(Object.entries(app.variables ?? {}).map(([k, v]) => [`TF_VAR_${k}`, v]));
  const withProxies = async (emulators: RunningEmulators): Promise<NodeJS.ProcessEnv> => {
    proxies.push(...(await Promise.all([emulators.als.baseUrl, emulators.vms.baseUrl, emulators.openshift.baseUrl].map((u) => startSecretRecordingProxy(u)))));
    const [als, vms, openshift] = proxies as [SecretRecordingProxy, SecretRecordingProxy, SecretRecordingProxy];
    const { connection } = emulators;
    for (const password of [connection.als.password, connection.vms.password, connection.openshift.password]) given.add(password);
    const logDir = mkdtempSync(join(tmpdir(), 'authtoken-example-log-'));
    logs = app.logFiles?.(logDir) ?? [];
    return { ...emulatorEnvironment(emulators), ALS_API_ENDPOINT: als.url, VMS_ENDPOINT: vms.url, OPENSHIFT_SERVER: openshift.url, ...variables, ...app.env?.(logDir) };
  };
  const secrets = () => new Set([...given, ...proxies.flatMap((p) => [...p.secrets])]);
  try {
    await resourceTest({
      env: withProxies,
      setup: async (ctx) => {
        // The HCL twin: Terraform reads both into the same configuration.
        const hcl = await plannedConfiguration(ctx, join(ctx.ws.root, 'twin-hcl'), 'main.tf', readFileSync(join(root, 'examples/apps', app.folder, 'main.tf'), 'utf8'));
        const cdktf = await plannedConfiguration(ctx, join(ctx.ws.root, 'twin-cdktf'), 'main.tf.json', JSON.stringify(config));
        expect(cdktf).toEqual(hcl);
      },
      steps: [
        {
          name: `apply the synthesized ${app.folder} example`,
          configJson: config,
          check: async (ctx) => {
            stateAfterApply = ctx.ws.rawState();
            // Terraform 1.11 orders an object's sensitive paths at random and compares them in order: an
            // object with two would make the refresh-only drift check flap. One at most, everywhere.
            const objects = (JSON.parse(stateAfterApply) as { resources: { type: string; name: string; instances: { index_key?: unknown; sensitive_attributes?: unknown[] }[] }[] }).resources;
            const twoOrMore = objects.flatMap((r) => r.instances.filter((i) => (i.sensitive_attributes ?? []).length > 1).map((i) => `${r.type}.${r.name}[${JSON.stringify(i.index_key ?? null)}]`));
            expect(twoOrMore).toEqual([]);
            await app.check(ctx, secrets());
            // Every output holding a secret is sensitive, and `terraform output` masks every sensitive one.
            const listed = (await ctx.terraform(['output'])).stdout;
            const outputs = JSON.parse((await ctx.ws.run(['output', '-json'])).stdout) as Record<string, { sensitive: boolean; value: unknown }>;
            for (const [name, o] of Object.entries(outputs)) {
              const holdsSecret = [...secrets()].some((s) => JSON.stringify(o.value).includes(s));
              if (holdsSecret) expect({ name, sensitive: o.sensitive }).toEqual({ name, sensitive: true });
              if (o.sensitive) expect(listed).toMatch(new RegExp(`${name} = <sensitive>`));
            }
          },
        },
      ],
      checkDestroy: async (ctx) => {
        await nothingLive(ctx);
        expect(await listedAuthorizations(ctx)).toEqual([]);
        expect(await tokensOnPlatform(ctx)).toEqual([]);
        const all = secrets();
        // Passwords, bearer tokens, JWTs and the tokens themselves were seen: the search is not vacuous.
        expect(all.size).toBeGreaterThanOrEqual(6);
        const places: [string, string][] = [
          ['cdk.tf.json', synthesized.text],
          ...ctx.transcript.filter((t) => !ASKED_FOR_VALUES.test(t)).map((t) => [t.split('\n')[0]!, t] as [string, string]),
          ...logs.map((f) => [f, readFileSync(f, 'utf8')] as [string, string]),
        ];
        // A log that is there holds every run's lines (the provider's own among them at trace level).
        for (const f of logs) expect(readFileSync(f, 'utf8').length).toBeGreaterThan(100_000);
        const leaks = places.flatMap(([where, text]) => [...all].filter((s) => text.includes(s)).map((s) => `${where}: a secret of ${s.length} characters`));
        expect(leaks).toEqual([]);
        // The state holds the managed tokens (sensitive, as Terraform stores them) and no other secret:
        // no credential, no write-only secret, no ephemeral token.
        const state = JSON.parse(stateAfterApply) as { resources: { mode: string; instances: { attributes: Record<string, unknown> }[] }[] };
        const managed = state.resources.filter((r) => r.mode === 'managed').flatMap((r) => r.instances.map((i) => i.attributes['token'])).filter((t): t is string => typeof t === 'string');
        expect([...all].filter((s) => stateAfterApply.includes(s) && !managed.some((t) => t.includes(s))).map((s) => `${s.length} characters`)).toEqual([]);
      },
    });
  } finally {
    await Promise.all(proxies.map((p) => p.stop()));
  }
}
