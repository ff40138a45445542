// The value type of a nested attribute: an object of the nested attributes (or a list, set or map of them).
import type { AttributeNesting, NestedAttributes } from './attributes';
import { t, type ValueType } from './value-types';

export function nestedValueType<T>(nesting: AttributeNesting, attributes: NestedAttributes): ValueType<T> {
  const object = t.object(Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, a.valueType])));
  const wrapped = nesting === 'single' ? object : nesting === 'map' ? t.map(object) : nesting === 'list' ? t.list(object) : t.set(object);
  return wrapped as unknown as ValueType<T>;
}
