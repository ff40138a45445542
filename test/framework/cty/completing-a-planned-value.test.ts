// Whether a result completes a plan, by Terraform's rules: known values unchanged, unknowns anything of
// their type; set elements correspond both ways and a set may shrink, never grow.
import { TfNumber } from '../../../src/framework/cty/number';
import { Type } from '../../../src/framework/cty/type';
import { unknown } from '../../../src/framework/cty/unknown';
import { isValidCompletion } from '../../../src/framework/cty/valid-completion';
import { DynamicValue, newObject } from '../../../src/framework/cty/value';

const strings = Type.set(Type.string);
const member = Type.object({ name: Type.string, uid: Type.string });
const m = (name: string, uid: string | typeof unknown) => newObject([['name', name], ['uid', uid]]);

test('an unknown set element may become any value', () => {
  expect(isValidCompletion(strings, ['fixed', unknown], ['fixed', 'later'])).toBe(true);
  expect(isValidCompletion(strings, ['fixed', unknown], ['other', 'later'])).toBe(false);
});

test('a set may shrink when completed elements turn out equal, but never grow', () => {
  expect(isValidCompletion(strings, ['fixed', unknown], ['fixed'])).toBe(true);
  expect(isValidCompletion(strings, ['a', unknown], ['a', 'b', 'c'])).toBe(false);
  // duplicates a handler returns are merged before counting, as Terraform receives them
  expect(isValidCompletion(strings, ['a'], ['a', 'a'])).toBe(true);
});

test('set elements holding unknowns must each correspond to a returned element, and the reverse', () => {
  const planned = [m('ann', unknown), m('bob', unknown)];
  expect(isValidCompletion(Type.set(member), planned, [m('bob', '2'), m('ann', '1')])).toBe(true);
  expect(isValidCompletion(Type.set(member), planned, [m('ann', '1'), m('bo', '2')])).toBe(false);
  expect(isValidCompletion(Type.set(member), [m('ann', unknown)], [m('ann', '1'), m('ann', '2')])).toBe(false);
});

test('known values must come back unchanged, null included, and nothing may stay unknown', () => {
  expect(isValidCompletion(Type.number, TfNumber.from(1), TfNumber.parse('1.0'))).toBe(true);
  expect(isValidCompletion(Type.string, 'a', 'b')).toBe(false);
  expect(isValidCompletion(Type.string, null, 'b')).toBe(false);
  expect(isValidCompletion(Type.string, 'a', null)).toBe(false);
  expect(isValidCompletion(Type.string, 'a', unknown)).toBe(false);
  expect(isValidCompletion(Type.string, unknown, null)).toBe(true);
});

test('lists, maps and dynamic values are completed element by element', () => {
  expect(isValidCompletion(Type.list(Type.string), ['a', unknown], ['a', 'b'])).toBe(true);
  expect(isValidCompletion(Type.list(Type.string), ['a', unknown], ['a'])).toBe(false);
  const map = Type.map(Type.string);
  expect(isValidCompletion(map, newObject([['__proto__', unknown]]), newObject([['__proto__', 'x']]))).toBe(true);
  expect(isValidCompletion(map, newObject([['__proto__', unknown]]), newObject([['constructor', 'x']]))).toBe(false);
  expect(isValidCompletion(Type.dynamic, new DynamicValue(strings, ['k', unknown]), new DynamicValue(strings, ['k', 'v']))).toBe(true);
  expect(isValidCompletion(Type.dynamic, new DynamicValue(strings, ['k']), new DynamicValue(Type.list(Type.string), ['k']))).toBe(false);
});
