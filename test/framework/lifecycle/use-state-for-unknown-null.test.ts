// Use state for unknown keeps a known null prior value ("never expires") on update, as
// terraform-plugin-framework does since 1.15.1; in an object new to the plan (a list element added) there
// is no prior value, so its inner attributes stay "known after apply".
import { Unknown } from '../../../src/framework/cty/unknown';
import type { Value } from '../../../src/framework/cty/value';
import { attr, definitions } from '../../../src/framework';
import { planResourceChange } from '../../../src/framework/server/plan-resource-change';
import { dynamic, inProcessServer, objectValue, undynamic } from '../../support/in-process-provider';

const { resource } = definitions<unknown>();

const schema = {
  attributes: {
    name: attr.string({ required: true }),
    expires_at: attr.string({ computed: true, useStateForUnknown: true }),
    grants: attr.listNested({ scope: attr.string({ required: true }), granted_at: attr.string({ computed: true, useStateForUnknown: true }) }, { optional: true }),
  },
} as const;

const noop = async () => {
  throw new Error('not called in planning');
};
const thing = resource({ typeName: 'test_thing', description: '', schema, create: noop, read: noop, update: noop, delete: async () => {} });

async function plan(prior: Value, config: Value): Promise<Record<string, Value>> {
  const server = await inProcessServer({ resources: [thing] });
  const r = await planResourceChange(server, {
    typeName: 'test_thing',
    priorState: dynamic(schema, prior),
    // Terraform's proposal: configuration, with computed attributes left null taking the prior value.
    proposedNewState: dynamic(schema, config),
    config: dynamic(schema, config),
    priorPrivate: Buffer.alloc(0),
    providerMeta: undefined,
    clientCapabilities: undefined,
  });
  expect(r.diagnostics).toEqual([]);
  return undynamic(schema, r.plannedState) as Record<string, Value>;
}

test('a null prior value is kept on update, not planned as known after apply', async () => {
  const prior = objectValue(schema, { name: 'a', expires_at: null, grants: null });
  const planned = await plan(prior, objectValue(schema, { name: 'b', grants: null }));
  expect(planned['name']).toBe('b');
  expect(planned['expires_at']).toBeNull();
});

test('inside a list element the prior had, a null is kept; in an element new to the plan, the value is unknown', async () => {
  const prior = objectValue(schema, { name: 'a', expires_at: 'x', grants: [{ scope: 'read', granted_at: null }] });
  const planned = await plan(prior, objectValue(schema, { name: 'a', grants: [{ scope: 'read', granted_at: null }, { scope: 'write', granted_at: null }] }));
  const grants = planned['grants'] as Record<string, Value>[];
  expect(grants[0]!['granted_at']).toBeNull();
  expect(grants[1]!['granted_at']).toBeInstanceOf(Unknown);
  expect(planned['expires_at']).toBe('x');
});
