// The plan and apply checks on sets holding values not known yet: a plan that carries the configuration's
// unknown set element through is valid, a result that completes it is consistent, and a result that
// changes a known part is still caught, naming the attribute.
import { unknown } from '../../../src/framework/cty/unknown';
import { DynamicValue, newObject, type Value } from '../../../src/framework/cty/value';
import { Type } from '../../../src/framework/cty/type';
import { attr, block, t } from '../../../src/framework';
import { checkCompatible, checkPlanValid } from '../../../src/framework/lifecycle/consistency';
import type { BlockSchema } from '../../../src/framework/schema/blocks';
import { objectValue } from '../../support/in-process-provider';

const schema: BlockSchema = {
  attributes: {
    sset: attr.set(t.string, { optional: true }),
    dyn: attr.dynamic({ optional: true }),
    groups: attr.listNested({ words: attr.set(t.string, { optional: true }) }, { optional: true }),
    members: attr.setNested({ name: attr.string({ required: true }), uid: attr.string({ computed: true }) }, { optional: true }),
  },
  blocks: { grant: block.set({ attributes: { role: attr.string({ required: true }) } }) },
};

const obj = (o: Record<string, Value>) => newObject(Object.entries(o));

test('a plan that keeps the configuration\'s unknown set elements is valid, at the top and inside nested objects', () => {
  // Separate but equal values, as decoded from the two fields of Terraform's request.
  const build = () =>
    objectValue(schema, {
      sset: ['fixed', unknown],
      dyn: new DynamicValue(Type.set(Type.string), ['k', unknown]),
      groups: [obj({ words: [unknown, 'w'] })],
    });
  expect(checkPlanValid(schema, null, build(), build()).map((p) => p.path.toString())).toEqual([]);
});

test('a plan that changes a known element next to an unknown one is still invalid', () => {
  const config = objectValue(schema, { sset: ['fixed', unknown] });
  const planned = objectValue(schema, { sset: ['other', unknown] });
  const problems = checkPlanValid(schema, null, config, planned);
  expect(problems.map((p) => `${p.path}: ${p.problem}`)).toEqual([
    'sset: planned ["other", (known after apply)], which matches neither the configuration (["fixed", (known after apply)]) nor the prior state',
  ]);
});

test('a result completing unknown set elements is consistent, even when elements merge', () => {
  const planned = objectValue(schema, {
    sset: ['fixed', unknown],
    members: [obj({ name: 'ann', uid: unknown }), obj({ name: 'bob', uid: unknown })],
    grant: [obj({ role: unknown })],
  });
  const actual = objectValue(schema, {
    sset: ['fixed'],
    members: [obj({ name: 'bob', uid: '2' }), obj({ name: 'ann', uid: '1' })],
    grant: [obj({ role: 'reader' })],
  });
  expect(checkCompatible(schema, planned, actual)).toEqual([]);
});

test('a result that changes a known part of a set element with unknowns is caught at the set', () => {
  const planned = objectValue(schema, { members: [obj({ name: 'ann', uid: unknown })] });
  const actual = objectValue(schema, { members: [obj({ name: 'anne', uid: '1' })] });
  expect(checkCompatible(schema, planned, actual).map((p) => `${p.path}: ${p.problem}`)).toEqual([
    'members: planned [{name = "ann", uid = (known after apply)}], but the handler returned [{name = "anne", uid = "1"}]',
  ]);
});

test('a set with unknowns may not grow', () => {
  const planned = objectValue(schema, { sset: ['a', unknown] });
  const actual = objectValue(schema, { sset: ['a', 'b', 'c'] });
  expect(checkCompatible(schema, planned, actual).map((p) => p.path.toString())).toEqual(['sset']);
});
