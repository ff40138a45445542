// Structural equality, Terraform's question when it validates a plan: unknown equals unknown, sets are
// multisets, and nothing else is relaxed.
import { valueEquals } from '../../../src/framework/cty/compare';
import { TfNumber } from '../../../src/framework/cty/number';
import { structurallyEquals } from '../../../src/framework/cty/structural-equals';
import { Type } from '../../../src/framework/cty/type';
import { Unknown, unknown } from '../../../src/framework/cty/unknown';
import { DynamicValue, newObject } from '../../../src/framework/cty/value';

const strings = Type.set(Type.string);
const rule = Type.object({ target: Type.string, port: Type.number });
const r = (target: string | Unknown, port: number) => newObject([['target', target], ['port', TfNumber.from(port)]]);

test('a set holding an unknown equals the same set, though it is not provably equal', () => {
  expect(structurallyEquals(strings, ['fixed', unknown], [unknown, 'fixed'])).toBe(true);
  expect(valueEquals(strings, ['fixed', unknown], ['fixed', unknown])).toBe(false);
});

test('sets are multisets: each unknown pairs with one unknown, each known element with an equal one', () => {
  expect(structurallyEquals(strings, [unknown, unknown], [unknown, 'a'])).toBe(false);
  expect(structurallyEquals(strings, ['a', unknown], ['b', unknown])).toBe(false);
  expect(structurallyEquals(strings, ['a', unknown], ['a'])).toBe(false);
  expect(structurallyEquals(Type.set(rule), [r(unknown, 80), r('a', 80)], [r('a', 80), r(unknown, 80)])).toBe(true);
  expect(structurallyEquals(Type.set(rule), [r(unknown, 80)], [r(unknown, 81)])).toBe(false);
});

test('an unknown equals only an unknown, whatever its refinements', () => {
  expect(structurallyEquals(Type.string, unknown, new Unknown({ notNull: true }))).toBe(true);
  expect(structurallyEquals(Type.string, unknown, 'x')).toBe(false);
  expect(structurallyEquals(Type.string, unknown, null)).toBe(false);
});

test('dynamic values compare their types, then their values structurally', () => {
  const a = new DynamicValue(strings, ['k', unknown]);
  expect(structurallyEquals(Type.dynamic, a, new DynamicValue(strings, [unknown, 'k']))).toBe(true);
  expect(structurallyEquals(Type.dynamic, a, new DynamicValue(Type.list(Type.string), ['k', unknown]))).toBe(false);
});

test('maps compare their own keys only, "__proto__" and "constructor" included', () => {
  const m = Type.map(Type.string);
  const a = newObject([['__proto__', 'x']]);
  expect(structurallyEquals(m, a, newObject([['__proto__', 'x']]))).toBe(true);
  expect(structurallyEquals(m, newObject([['constructor', unknown]]), newObject([['other', unknown]]))).toBe(false);
});

test('lists keep their order', () => {
  expect(structurallyEquals(Type.list(Type.string), ['a', unknown], [unknown, 'a'])).toBe(false);
  expect(structurallyEquals(Type.list(Type.string), ['a', unknown], ['a', unknown])).toBe(true);
});
