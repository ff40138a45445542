// After apply, the objects of a map-nested attribute or map block are held to the plan key by key; a key
// that vanished or appeared is named, whatever it spells.
import { newObject, type Value } from '../../../src/framework/cty/value';
import { unknown } from '../../../src/framework/cty/unknown';
import { attr, block } from '../../../src/framework';
import { checkCompatible } from '../../../src/framework/lifecycle/consistency';
import type { BlockSchema } from '../../../src/framework/schema/blocks';

const schema: BlockSchema = {
  attributes: { routes: attr.mapNested({ target: attr.string({ required: true }), id: attr.string({ computed: true }) }, { optional: true }) },
  blocks: { endpoint: block.map({ attributes: { url: attr.string({ required: true }) } }) },
};
const obj = (o: Record<string, Value>) => newObject(Object.entries(o));
const value = (routes: Value, endpoint: Value) => obj({ routes, endpoint });

test('computed values inside keyed objects complete, keys named after prototype members included', () => {
  const planned = value(obj({ ['__proto__']: obj({ target: 't', id: unknown }) }), obj({ constructor: obj({ url: 'u' }) }));
  const actual = value(obj({ ['__proto__']: obj({ target: 't', id: '1' }) }), obj({ constructor: obj({ url: 'u' }) }));
  expect(Object.keys((planned as Record<string, object>).routes!)).toEqual(['__proto__']); // a computed key: an own key
  expect(checkCompatible(schema, planned, actual)).toEqual([]);
  const changed = value(obj({ ['__proto__']: obj({ target: 'x', id: '1' }) }), obj({ constructor: obj({ url: 'u' }) }));
  expect(checkCompatible(schema, planned, changed).map((p) => p.path.toString())).toEqual(['routes["__proto__"].target']);
});

test('a key that vanished or appeared is reported with both key lists, and a changed value by its key', () => {
  const planned = value(obj({ a: obj({ target: 't', id: unknown }) }), obj({ ['__proto__']: obj({ url: 'u' }) }));
  const actual = value(obj({ a: obj({ target: 'other', id: '1' }) }), obj({ toString: obj({ url: 'u' }) }));
  expect(checkCompatible(schema, planned, actual).map((p) => `${p.path}: ${p.problem}`)).toEqual([
    'routes["a"].target: planned "t", but the handler returned "other"',
    'endpoint: planned the keys "__proto__", but the handler returned "toString"',
  ]);
});
