// Registers every string inside sensitive attributes as a secret, so it is redacted from all logs and
// diagnostics from then on. Called on every value the framework decodes.
import { TfNumber } from '../cty/number';
import { Unknown } from '../cty/unknown';
import { DynamicValue, type Value } from '../cty/value';
import { registerSecret } from '../redaction';
import type { BlockSchema } from '../schema/blocks';
import { forEachAttribute, hasAttributeWhere } from './schema-walk';

export function registerSensitiveValues(schema: BlockSchema, value: Value): void {
  if (!hasAttributeWhere(schema, 'sensitive', (def) => def.sensitive === true)) return;
  forEachAttribute(schema, value, (def, v) => {
    if (def.sensitive) registerStrings(v);
  });
}

function registerStrings(v: Value): void {
  if (typeof v === 'string') registerSecret(v);
  else if (v instanceof DynamicValue) registerStrings(v.value);
  else if (Array.isArray(v)) v.forEach(registerStrings);
  else if (v !== null && typeof v === 'object' && !(v instanceof TfNumber) && !(v instanceof Unknown)) Object.values(v).forEach(registerStrings);
}
