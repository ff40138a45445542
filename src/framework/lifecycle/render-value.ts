// A short human rendering of a value for diagnostics; sensitive values never appear.
import { TfNumber } from '../cty/number';
import { Unknown } from '../cty/unknown';
import { DynamicValue, type Value } from '../cty/value';
import { REDACTED } from '../redaction';

export function renderValue(v: Value, sensitive: boolean): string {
  if (sensitive && v !== null && !(v instanceof Unknown)) return REDACTED;
  return render(v, 0);
}

function render(v: Value, depth: number): string {
  if (v === null) return 'null';
  if (v instanceof Unknown) return '(known after apply)';
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
