// Write-only attribute values reach the provider from config only; everything the provider returns to
// Terraform (planned, new, refreshed, imported, upgraded state) must hold null for them.
import type { Value } from '../cty/value';
import type { BlockSchema } from '../schema/blocks';
import { hasAttributeWhere, mapAttributes } from './schema-walk';

export function nullifyWriteOnly(schema: BlockSchema, value: Value): Value {
  if (!hasAttributeWhere(schema, 'writeOnly', (def) => def.writeOnly === true)) return value;
  return mapAttributes(schema, value, (def, v) => (def.writeOnly ? null : v));
}
