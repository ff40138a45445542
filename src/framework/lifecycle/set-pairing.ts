// Which configuration element a planned set element stems from. Terraform orders set elements by value,
// so position says nothing; the element that carries every configured (non-null) attribute of a
// configuration element unchanged is the one that came from it.
import { structurallyEquals } from '../cty/structural-equals';
import { isValueObject, type Value } from '../cty/value';
import type { BlockSchema } from '../schema/blocks';

/**
 * For each element of a planned set, its configuration element (or null), each used once. Compared
 * structurally: a set holding an unknown is carried unchanged too.
 */
export function pairSetElements(schema: BlockSchema, config: readonly Value[], elements: readonly Value[]): (Value | null)[] {
  const unused = [...config];
  return elements.map((e) => {
    if (!isValueObject(e)) return null;
    const found = unused.findIndex(
      (c) => isValueObject(c) && Object.entries(schema.attributes).every(([k, a]) => (c[k] ?? null) === null || structurallyEquals(a.valueType.cty, c[k] ?? null, e[k] ?? null)),
    );
    return found < 0 ? null : unused.splice(found, 1)[0]!;
  });
}
