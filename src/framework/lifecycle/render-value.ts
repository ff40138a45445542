// A short human rendering of a value for diagnostics; sensitive values never appear, at any depth.
import { TfNumber } from '../cty/number';
import { Unknown } from '../cty/unknown';
import { DynamicValue, isValueObject, newObject, type Value } from '../cty/value';
import type { AttributePath } from '../path';
import { REDACTED } from '../redaction';
import type { BlockSchema } from '../schema/blocks';
import { children, isSensitivePath, objectSchemaAt, objectSchemaOf } from './schema-walk';

/** Marks a masked value so it renders bare, not as a quoted string. */
const MASK = '\u0000sensitive\u0000';

/** The value at `path` of a `root`-shaped object, rendered with every sensitive attribute inside it masked. */
export function renderAt(root: BlockSchema, path: AttributePath, v: Value): string {
  if (v === null || v instanceof Unknown) return render(v, 0);
  if (isSensitivePath(root, path)) return REDACTED;
  const holder = objectSchemaAt(root, path);
  return render(holder ? maskObjects(holder.schema, holder.nesting, v) : v, 0);
}

function maskObjects(schema: BlockSchema, nesting: string, v: Value): Value {
  if (v === null || v instanceof Unknown) return v;
  if (nesting === 'single' || nesting === 'group') return isValueObject(v) ? maskObject(schema, v) : v;
  if (nesting === 'map') return isValueObject(v) ? newObject(Object.entries(v).map(([k, e]) => [k, maskObjects(schema, 'single', e)])) : v;
  return Array.isArray(v) ? v.map((e: Value) => maskObjects(schema, 'single', e)) : v;
}

function maskObject(schema: BlockSchema, o: Record<string, Value>): Value {
  const out = newObject(Object.entries(o));
  for (const [name, child] of children(schema)) {
    const value = out[name] ?? null;
    if (child.kind === 'attribute' && child.def.sensitive && value !== null && !(value instanceof Unknown)) out[name] = MASK;
    else {
      const inner = objectSchemaOf(child);
      if (inner) out[name] = maskObjects(inner.schema, inner.nesting, value);
    }
  }
  return out;
}

function render(v: Value, depth: number): string {
  if (v === null) return 'null';
  if (v instanceof Unknown) return '(known after apply)';
  if (v === MASK) return REDACTED;
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof TfNumber) return v.toString();
  if (v instanceof DynamicValue) return render(v.value, depth);
  if (depth > 2) return '…';
  if (Array.isArray(v)) return `[${v.slice(0, 5).map((e) => render(e, depth + 1)).join(', ')}${v.length > 5 ? ', …' : ''}]`;
  const entries = Object.entries(v);
  return `{${entries
    .slice(0, 5)
    .map(([k, e]) => `${k} = ${render(e, depth + 1)}`)
    .join(', ')}${entries.length > 5 ? ', …' : ''}}`;
}
