// Apply, read, import and state upgrade as the framework enforces them.
import { TfNumber } from '../../../src/framework/cty/number';
import { unknown } from '../../../src/framework/cty/unknown';
import type { Value } from '../../../src/framework/cty/value';
import { attr, definitions, TerraformError, type State } from '../../../src/framework';
import { registerSecret } from '../../../src/framework/redaction';
import { Diagnostic_Severity } from '../../../src/framework/protocol/generated/tfplugin6';
import { applyResourceChange } from '../../../src/framework/server/apply-resource-change';
import { importResourceState } from '../../../src/framework/server/import-resource-state';
import { readResource } from '../../../src/framework/server/read-resource';
import { upgradeResourceState } from '../../../src/framework/server/upgrade-resource-state';
import { decodePrivate, encodePrivate } from '../../../src/framework/private-state';
import { dynamic, inProcessServer, objectValue, undynamic } from '../../support/in-process-provider';

const { resource } = definitions<unknown>();

const schema = {
  version: 2,
  attributes: {
    id: attr.string({ computed: true }),
    name: attr.string({ required: true }),
    token: attr.string({ computed: true, sensitive: true }),
    expires_in: attr.int64({ optional: true, computed: true }),
    secret_wo: attr.string({ optional: true, writeOnly: true }),
  },
} as const;
type S = State<typeof schema>;

type Handlers = Partial<Parameters<typeof resource<typeof schema, { etag: string }>>[0]>;

function make(h: Handlers) {
  return resource<typeof schema, { etag: string }>({
    typeName: 'test_token',
    description: '',
    schema,
    create: async () => ({ id: 'i-1', name: 'n', token: 'tok-secret-1', expires_in: 60, secret_wo: null }),
    read: async ({ state }) => state,
    update: async ({ plan }) => ({ ...(plan as S), token: 'tok-secret-1' }),
    delete: async () => {},
    ...h,
  });
}

const planned = objectValue(schema, { id: unknown, name: 'n', token: unknown, expires_in: unknown, secret_wo: null });
const config = objectValue(schema, { name: 'n', secret_wo: 'write-only-secret' });

async function apply(res: ReturnType<typeof make>, prior: Value, plan: Value, cfg: Value = config) {
  const server = await inProcessServer({ resources: [res] });
  const r = await applyResourceChange(server, {
    typeName: 'test_token',
    priorState: dynamic(schema, prior),
    plannedState: dynamic(schema, plan),
    config: dynamic(schema, cfg),
    plannedPrivate: Buffer.alloc(0),
    providerMeta: undefined,
  });
  return { r, state: undynamic(schema, r.newState) as Record<string, Value> | null, errors: r.diagnostics.filter((d) => d.severity === Diagnostic_Severity.ERROR) };
}

describe('ApplyResourceChange', () => {
  test('create returns the handler state; the write-only value reached the handler but not the state', async () => {
    let seen: string | null = null;
    const { state, errors, r } = await apply(
      make({
        create: async ({ config: c, private: p }) => {
          seen = c.secret_wo;
          p.set({ etag: 'e1' });
          // a careless handler echoing the write-only value (the types forbid it; the framework nulls it anyway)
          return { id: 'i-1', name: 'n', token: 'tok-secret-1', expires_in: 60, secret_wo: c.secret_wo as unknown as null };
        },
      }),
      null,
      planned,
    );
    expect(errors).toEqual([]);
    expect(seen).toBe('write-only-secret');
    expect(state!.secret_wo).toBeNull(); // forced null even though the handler returned it
    expect(state!.expires_in).toEqual(TfNumber.from(60));
    expect(decodePrivate(r.private)).toEqual({ etag: 'e1' });
  });

  test('a result that differs from a known planned value is reported precisely, sensitive values hidden', async () => {
    const knownPlan = objectValue(schema, { id: unknown, name: 'n', token: 'planned-token-value', expires_in: TfNumber.from(60), secret_wo: null });
    const { errors, state } = await apply(make({}), null, knownPlan);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.summary).toBe('Provider Produced Inconsistent Result After Apply');
    expect(errors[0]!.detail).toMatch(/- token: planned \(sensitive value\), but the handler returned \(sensitive value\)/);
    expect(errors[0]!.detail).not.toMatch(/planned-token-value|tok-secret-1/);
    expect(state!.id).toBe('i-1'); // still returned, so Terraform keeps (and taints) what exists
  });

  test('an unknown left after apply is reported and stored as null', async () => {
    const { errors, state } = await apply(make({ create: async () => ({ id: unknown as unknown as string, name: 'n', token: 't-xyz-123', expires_in: 1, secret_wo: null }) }), null, planned);
    expect(errors.map((e) => e.summary)).toEqual(['Provider Returned Unknown Values After Apply']);
    expect(errors[0]!.detail).toMatch(/left these attributes unknown: id/);
    expect(state!.id).toBeNull();
  });

  test('a create that fails after recording the object returns it, so nothing created is lost', async () => {
    const { errors, state } = await apply(
      make({
        create: async ({ created }) => {
          created({ id: 'i-9', name: 'n', token: 'tok-9-secret', expires_in: 5, secret_wo: null });
          throw new TerraformError('Follow-up Failed', 'Setting the note failed.');
        },
      }),
      null,
      planned,
    );
    expect(errors.map((e) => e.summary)).toEqual(['Follow-up Failed']);
    expect(state!.id).toBe('i-9');
  });

  test('a create that fails before anything exists returns no state', async () => {
    const { errors, state } = await apply(make({ create: async () => Promise.reject(new TerraformError('Create Failed', 'HTTP 400')) }), null, planned);
    expect(errors.map((e) => e.summary)).toEqual(['Create Failed']);
    expect(state).toBeNull();
  });

  test('delete returns null state; a failed delete keeps the prior state', async () => {
    const prior = objectValue(schema, { id: 'i-1', name: 'n', token: 'tok-1-secret', expires_in: TfNumber.from(1) });
    const ok = await apply(make({}), prior, null, null);
    expect(ok.errors).toEqual([]);
    expect(ok.state).toBeNull();
    expect(ok.r.newState).toBeDefined();
    const failed = await apply(make({ delete: async () => Promise.reject(new Error('HTTP 500')) }), prior, null, null);
    expect(failed.errors).toHaveLength(1);
    expect(failed.r.newState).toBeUndefined(); // absent: Terraform keeps the prior state
  });

  test('a thrown error never carries a registered secret into the diagnostic', async () => {
    registerSecret('leaky-secret-123');
    const { errors } = await apply(make({ create: async () => Promise.reject(new Error('server said leaky-secret-123 is invalid')) }), null, planned);
    expect(errors[0]!.detail).toMatch(/server said \(sensitive value\) is invalid/);
  });
});

describe('ReadResource', () => {
  const current = objectValue(schema, { id: 'i-1', name: 'n', token: 'tok-read-secret', expires_in: TfNumber.from(5) });

  async function read(res: ReturnType<typeof make>, priv: Buffer = Buffer.alloc(0)) {
    const server = await inProcessServer({ resources: [res] });
    return readResource(server, { typeName: 'test_token', currentState: dynamic(schema, current), private: priv, providerMeta: undefined, clientCapabilities: undefined });
  }

  test('null from the handler means gone: new state null, no error', async () => {
    const r = await read(make({ read: async () => null }));
    expect(r.diagnostics).toEqual([]);
    expect(undynamic(schema, r.newState)).toBeNull();
  });

  test('private state is carried forward unchanged unless the handler sets it', async () => {
    const priv = encodePrivate({ etag: 'e7' });
    expect(decodePrivate((await read(make({}), priv)).private)).toEqual({ etag: 'e7' });
    expect(decodePrivate((await read(make({ read: async ({ state, private: p }) => (p.set({ etag: 'e8' }), state) }), priv)).private)).toEqual({ etag: 'e8' });
  });

  test('a failed read keeps the current state', async () => {
    const r = await read(make({ read: async () => Promise.reject(new Error('HTTP 503')) }));
    expect(r.diagnostics).toHaveLength(1);
    expect(undynamic(schema, r.newState)).toEqual(current);
  });

  test('a handler returning a value of the wrong type is named at the attribute', async () => {
    const r = await read(make({ read: async ({ state }) => ({ ...state, expires_in: 'soon' as unknown as number }) }));
    expect(r.diagnostics[0]!.summary).toBe('Invalid Value');
    expect(r.diagnostics[0]!.detail).toMatch(/expected a whole number, got a string/);
    expect(r.diagnostics[0]!.attribute?.steps[0]?.selector).toEqual({ $case: 'attributeName', value: 'expires_in' });
  });
});

describe('ImportResourceState', () => {
  test('returns exactly one resource with its type name and private state', async () => {
    const server = await inProcessServer({
      resources: [make({ importState: async ({ id, private: p }) => (p.set({ etag: 'imp' }), { id, name: 'imported', token: null, expires_in: null, secret_wo: null }) })],
    });
    const r = await importResourceState(server, { typeName: 'test_token', id: 'i-42', clientCapabilities: undefined });
    expect(r.diagnostics).toEqual([]);
    expect(r.importedResources).toHaveLength(1);
    expect(r.importedResources[0]!.typeName).toBe('test_token');
    expect((undynamic(schema, r.importedResources[0]!.state) as Record<string, Value>).id).toBe('i-42');
    expect(decodePrivate(r.importedResources[0]!.private)).toEqual({ etag: 'imp' });
  });

  test('a resource without importState says import is not supported', async () => {
    const server = await inProcessServer({ resources: [make({})] });
    const r = await importResourceState(server, { typeName: 'test_token', id: 'x', clientCapabilities: undefined });
    expect(r.diagnostics[0]!.summary).toBe('Resource Import Not Supported');
  });
});

describe('UpgradeResourceState', () => {
  const v0 = { attributes: { id: attr.string({ computed: true }), label: attr.string({ required: true }), ttl_hours: attr.number({ optional: true }) } } as const;
  const v1 = { attributes: { id: attr.string({ computed: true }), name: attr.string({ required: true }), ttl_hours: attr.number({ optional: true }) } } as const;
  const upgraders = [
    { fromVersion: 0, priorSchema: v0, upgrade: (s: Record<string, unknown>) => ({ id: s.id, name: s.label, ttl_hours: s.ttl_hours }) },
    {
      fromVersion: 1,
      priorSchema: v1,
      upgrade: (s: Record<string, unknown>) => ({
        id: s.id,
        name: s.name,
        token: null,
        expires_in: s.ttl_hours === null ? null : Number((s.ttl_hours as TfNumber).toBigInt() * 3600n),
        secret_wo: null,
      }),
    },
  ];

  async function upgrade(version: number, json: string) {
    const server = await inProcessServer({ resources: [make({ stateUpgraders: upgraders })] });
    const r = await upgradeResourceState(server, { typeName: 'test_token', version, rawState: { json: Buffer.from(json), flatmap: {} } });
    return { r, state: undynamic(schema, r.upgradedState) as Record<string, Value> | null };
  }

  test('state at the current version: added attributes become null, removed ones are dropped, numbers exact', async () => {
    const { r, state } = await upgrade(2, '{"id":"a","name":"n","expires_in":9007199254740993,"gone":true}');
    expect(r.diagnostics).toEqual([]);
    expect(state).toEqual({ id: 'a', name: 'n', token: null, expires_in: TfNumber.parse('9007199254740993'), secret_wo: null });
  });

  test('state two versions old is decoded with its own schema and upgraded step by step', async () => {
    const { r, state } = await upgrade(0, '{"id":"a","label":"old-name","ttl_hours":2}');
    expect(r.diagnostics).toEqual([]);
    expect(state).toEqual({ id: 'a', name: 'old-name', token: null, expires_in: TfNumber.from(7200), secret_wo: null });
  });

  test('a version with no upgrader is a clear provider bug', async () => {
    const server = await inProcessServer({ resources: [make({ stateUpgraders: [upgraders[1]!] })] });
    const r = await upgradeResourceState(server, { typeName: 'test_token', version: 0, rawState: { json: Buffer.from('{}'), flatmap: {} } });
    expect(r.diagnostics[0]!.summary).toBe('Missing State Upgrader');
  });

  test('state from a newer provider is refused', async () => {
    const { r } = await upgrade(3, '{"id":"a"}');
    expect(r.diagnostics[0]!.summary).toBe('State Written By A Newer Provider');
  });

  test('pre-0.12 flatmap state gets an error diagnostic', async () => {
    const server = await inProcessServer({ resources: [make({})] });
    const r = await upgradeResourceState(server, { typeName: 'test_token', version: 2, rawState: { json: Buffer.alloc(0), flatmap: { id: 'a' } } });
    expect(r.diagnostics[0]!.summary).toBe('Unsupported State Format');
  });
});
