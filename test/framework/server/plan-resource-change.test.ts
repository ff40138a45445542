// Planning rules the framework owns, case by case against PlanResourceChange.
import { TfNumber } from '../../../src/framework/cty/number';
import { Unknown, unknown } from '../../../src/framework/cty/unknown';
import type { Value } from '../../../src/framework/cty/value';
import { attr, definitions, path, requiresReplaceIf, t } from '../../../src/framework';
import { Diagnostic_Severity } from '../../../src/framework/protocol/generated/tfplugin6';
import { pathFromProto } from '../../../src/framework/protocol/convert';
import { planResourceChange } from '../../../src/framework/server/plan-resource-change';
import { dynamic, inProcessServer, objectValue, undynamic } from '../../support/in-process-provider';

const { resource } = definitions<unknown>();

const schema = {
  attributes: {
    id: attr.string({ computed: true, useStateForUnknown: true }),
    name: attr.string({ required: true }),
    zone: attr.string({ optional: true, requiresReplace: true }),
    tier: attr.string({ optional: true, computed: true, default: 'standard' }),
    revision: attr.int64({ computed: true }),
    secret_wo: attr.string({ optional: true, writeOnly: true }),
    ports: attr.listNested({ number: attr.int64({ required: true }), protocol: attr.string({ optional: true, computed: true, default: 'tcp' }) }, { optional: true }),
    labels: attr.map(t.string, { optional: true, requiresReplace: true }),
    size: attr.int64({ optional: true, planModifiers: [requiresReplaceIf<number>('shrinking replaces', (r) => typeof r.planned === 'number' && r.prior !== null && r.planned < r.prior)] }),
  },
} as const;

const noop = async () => {
  throw new Error('not called in planning');
};

function makeResource(modifyPlan?: Parameters<typeof resource<typeof schema>>[0]['modifyPlan']) {
  return resource({ typeName: 'test_thing', description: '', schema, create: noop, read: noop, update: noop, delete: async () => {}, modifyPlan });
}

const prior = objectValue(schema, { id: 'abc', name: 'a', zone: 'eu', tier: 'standard', revision: TfNumber.from(3), labels: null, ports: null, size: TfNumber.from(5) });

async function plan(priorState: Value, config: Value, res = makeResource()) {
  const server = await inProcessServer({ resources: [res] });
  // Terraform's proposed new state: config, with computed attributes left null taking the prior value.
  const proposed = config === null ? null : proposedNew(priorState, config);
  const response = await planResourceChange(server, {
    typeName: 'test_thing',
    priorState: dynamic(schema, priorState),
    proposedNewState: dynamic(schema, proposed),
    config: dynamic(schema, config),
    priorPrivate: Buffer.alloc(0),
    providerMeta: undefined,
    clientCapabilities: { deferralAllowed: false, writeOnlyAttributesAllowed: true },
  });
  return {
    response,
    planned: undynamic(schema, response.plannedState) as Record<string, Value> | null,
    replace: response.requiresReplace.map((p) => pathFromProto(p).toString()),
    errors: response.diagnostics.filter((d) => d.severity === Diagnostic_Severity.ERROR),
  };
}

function proposedNew(priorState: Value, config: Value): Value {
  const c = config as Record<string, Value>;
  const p = priorState as Record<string, Value> | null;
  const out: Record<string, Value> = {};
  for (const [k, a] of Object.entries(schema.attributes)) {
    out[k] = a.computed && c[k] === null ? (p ? p[k]! : null) : c[k]!;
  }
  return out;
}

describe('PlanResourceChange on create', () => {
  test('computed attributes left null become unknown; defaults are planned', async () => {
    const { planned, replace, errors } = await plan(null, objectValue(schema, { name: 'a' }));
    expect(errors).toEqual([]);
    expect(planned!.id).toBeInstanceOf(Unknown);
    expect(planned!.revision).toBeInstanceOf(Unknown);
    expect(planned!.tier).toBe('standard');
    expect(replace).toEqual([]); // Terraform ignores replacement on create; we send none
  });

  test('a write-only value is planned null', async () => {
    const { planned } = await plan(null, objectValue(schema, { name: 'a', secret_wo: 's3cret-value' }));
    expect(planned!.secret_wo).toBeNull();
  });

  test('unknown configuration values stay unknown', async () => {
    const { planned, errors } = await plan(null, objectValue(schema, { name: unknown }));
    expect(errors).toEqual([]);
    expect(planned!.name).toBeInstanceOf(Unknown);
  });

  test('defaults apply inside nested objects', async () => {
    const { planned } = await plan(null, objectValue(schema, { name: 'a', ports: [{ number: TfNumber.from(80), protocol: null }] }));
    expect(planned!.ports).toEqual([{ number: TfNumber.from(80), protocol: 'tcp' }]);
  });
});

describe('PlanResourceChange on update', () => {
  test('nothing changed: computed values keep their prior values (no perpetual diff)', async () => {
    const { planned } = await plan(prior, objectValue(schema, { name: 'a', zone: 'eu', size: TfNumber.from(5) }));
    expect(planned).toEqual(prior);
  });

  test('something changed: computed values become unknown, except use-state-for-unknown ones', async () => {
    const { planned, replace } = await plan(prior, objectValue(schema, { name: 'b', zone: 'eu', size: TfNumber.from(5) }));
    expect(planned!.name).toBe('b');
    expect(planned!.revision).toBeInstanceOf(Unknown);
    expect(planned!.id).toBe('abc');
    expect(replace).toEqual([]);
  });

  test('a requires-replace attribute that changes is reported, and only that one', async () => {
    const { replace } = await plan(prior, objectValue(schema, { name: 'b', zone: 'us', size: TfNumber.from(5) }));
    expect(replace).toEqual(['zone']);
  });

  test('replacement paths are sorted and unique', async () => {
    const { replace } = await plan(prior, objectValue(schema, { name: 'a', zone: 'us', labels: { k: 'v' }, size: TfNumber.from(5) }));
    expect(replace).toEqual(['labels', 'zone']);
  });

  test('a conditional replacement modifier fires only when its condition holds', async () => {
    expect((await plan(prior, objectValue(schema, { name: 'a', zone: 'eu', size: TfNumber.from(6) }))).replace).toEqual([]);
    expect((await plan(prior, objectValue(schema, { name: 'a', zone: 'eu', size: TfNumber.from(4) }))).replace).toEqual(['size']);
  });

  test('removing an optional+computed attribute from config returns it to its default', async () => {
    const withPremium = { ...(prior as Record<string, Value>), tier: 'premium' };
    const { planned } = await plan(withPremium, objectValue(schema, { name: 'a', zone: 'eu', size: TfNumber.from(5) }));
    expect(planned!.tier).toBe('standard');
  });
});

describe('PlanResourceChange on destroy', () => {
  test('plans null and keeps the private state', async () => {
    const { response, errors } = await plan(prior, null);
    expect(errors).toEqual([]);
    expect(undynamic(schema, response.plannedState)).toBeNull();
  });

  test('modifyPlan may refuse a destroy with a diagnostic', async () => {
    const res = makeResource(({ action, diagnostics }) => {
      if (action === 'delete') diagnostics.error('Refusing To Revoke The Provider Credential', 'That token authenticates this provider.');
    });
    const { errors } = await plan(prior, null, res);
    expect(errors.map((e) => e.summary)).toEqual(['Refusing To Revoke The Provider Credential']);
  });
});

describe('modifyPlan', () => {
  test('can set a computed value and ask for replacement', async () => {
    const res = makeResource(({ plan: p, requireReplace, action }) => {
      if (action === 'update' && p) {
        p.revision = unknown;
        requireReplace(path('revision'));
      }
    });
    const { replace } = await plan(prior, objectValue(schema, { name: 'b', zone: 'eu', size: TfNumber.from(5) }), res);
    expect(replace).toEqual(['revision']);
  });

  test('breaking a Terraform rule is reported precisely as a provider bug', async () => {
    const res = makeResource(({ plan: p }) => {
      if (p) p.name = 'not-what-was-configured';
    });
    const { errors, planned } = await plan(null, objectValue(schema, { name: 'a' }), res);
    expect(planned).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.summary).toBe('Provider Produced Invalid Plan');
    expect(errors[0]!.detail).toMatch(/- name: planned "not-what-was-configured", which matches neither the configuration \("a"\) nor the prior state/);
  });

  test('a handler that throws becomes one error diagnostic naming the operation', async () => {
    const res = makeResource(() => {
      throw new Error('boom');
    });
    const { errors } = await plan(null, objectValue(schema, { name: 'a' }), res);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.summary).toBe('Unexpected Provider Error');
    expect(errors[0]!.detail).toMatch(/While running planning of test_thing, the provider failed unexpectedly: boom/);
  });
});

describe('nested attributes', () => {
  const nestedSchema = {
    attributes: {
      id: attr.string({ computed: true, useStateForUnknown: true }),
      ports: attr.listNested(
        { number: attr.int64({ required: true, requiresReplace: true }), protocol: attr.string({ optional: true, computed: true, default: 'tcp' }) },
        { optional: true, computed: true },
      ),
    },
  } as const;
  const nestedResource = resource({ typeName: 'test_thing', description: '', schema: nestedSchema, create: noop, read: noop, update: noop, delete: async () => {} });
  const priorPorts = objectValue(nestedSchema, { id: 'x', ports: [{ number: TfNumber.from(53), protocol: 'udp' }] });

  async function planNested(priorState: Value, config: Value, proposed: Value) {
    const server = await inProcessServer({ resources: [nestedResource] });
    const r = await planResourceChange(server, {
      typeName: 'test_thing',
      priorState: dynamic(nestedSchema, priorState),
      proposedNewState: dynamic(nestedSchema, proposed),
      config: dynamic(nestedSchema, config),
      priorPrivate: Buffer.alloc(0),
      providerMeta: undefined,
      clientCapabilities: undefined,
    });
    return { planned: undynamic(nestedSchema, r.plannedState), replace: r.requiresReplace.map((p) => pathFromProto(p).toString()), errors: r.diagnostics };
  }

  test('an optional+computed nested attribute left out keeps its prior objects: no inner defaults, no perpetual diff', async () => {
    // Terraform proposes the prior value for an omitted optional+computed attribute.
    const { planned, errors } = await planNested(priorPorts, objectValue(nestedSchema), priorPorts);
    expect(errors).toEqual([]);
    expect(planned).toEqual(priorPorts);
  });

  test('a new list element with a requires-replace attribute replaces the resource', async () => {
    const ports = [{ number: TfNumber.from(53), protocol: 'udp' }, { number: TfNumber.from(80), protocol: null }];
    const config = objectValue(nestedSchema, { ports });
    const { replace } = await planNested(priorPorts, config, config);
    expect(replace).toEqual(['ports[1].number']);
  });

  test('an unchanged element does not', async () => {
    const config = objectValue(nestedSchema, { ports: [{ number: TfNumber.from(53), protocol: 'udp' }] });
    expect((await planNested(priorPorts, config, config)).replace).toEqual([]);
  });
});
