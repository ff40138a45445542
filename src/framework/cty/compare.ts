// Structural questions about values, always asked with their type: equality (sets are unordered),
// whether anything is still unknown, and where.
import { AttributePath } from '../path';
import { TfNumber } from './number';
import { typeEquals, type CtyType } from './type';
import { Unknown } from './unknown';
import { DynamicValue, type Value, type ValueObject } from './value';

/**
 * Whether two values are certainly equal: two unknowns compare equal (refinements aside), unknown ≠ known,
 * and a set holding an unknown equals nothing. For Terraform's structural comparison of plans, in which
 * such sets compare element by element, see structural-equals.ts.
 */
export function valueEquals(type: CtyType, a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  switch (type.kind) {
    case 'string':
    case 'bool':
      return a === b;
    case 'number':
      return a instanceof TfNumber && b instanceof TfNumber && a.equals(b);
    case 'list': {
      const x = a as readonly Value[];
      const y = b as readonly Value[];
      return x.length === y.length && x.every((e, i) => valueEquals(type.element, e, y[i]!));
    }
    case 'tuple': {
      const x = a as readonly Value[];
      const y = b as readonly Value[];
      return x.length === y.length && x.every((e, i) => valueEquals(type.elements[i]!, e, y[i]!));
    }
    case 'set': {
      const x = a as readonly Value[];
      const y = b as readonly Value[];
      if (x.length !== y.length) return false;
      // An element that is not wholly known equals nothing (as in go-cty): such sets cannot be proven equal.
      if (!x.every(isWhollyKnown) || !y.every(isWhollyKnown)) return false;
      const keys = x.map((e) => valueKey(type.element, e)).sort();
      const other = y.map((e) => valueKey(type.element, e)).sort();
      return keys.every((k, i) => k === other[i]);
    }
    case 'map': {
      const x = a as ValueObject;
      const y = b as ValueObject;
      const kx = Object.keys(x);
      return kx.length === Object.keys(y).length && kx.every((k) => Object.hasOwn(y, k) && valueEquals(type.element, x[k]!, y[k]!));
    }
    case 'object': {
      const x = a as ValueObject;
      const y = b as ValueObject;
      return Object.keys(type.attributes).every((k) => valueEquals(type.attributes[k]!, x[k] ?? null, y[k] ?? null));
    }
    case 'dynamic': {
      if (!(a instanceof DynamicValue) || !(b instanceof DynamicValue)) return false;
      return typeEquals(a.type, b.type) && valueEquals(a.type, a.value, b.value);
    }
  }
}

/** A canonical string for a value: equal values (per valueEquals) get equal keys. Used for set membership. */
export function valueKey(type: CtyType, v: Value): string {
  if (v === null) return 'n';
  if (v instanceof Unknown) return 'u';
  switch (type.kind) {
    case 'string':
      return `s${JSON.stringify(v)}`;
    case 'bool':
      return v ? 't' : 'f';
    case 'number':
      return `#${(v as TfNumber).toString()}`;
    case 'list':
      return `[${(v as readonly Value[]).map((e) => valueKey(type.element, e)).join(',')}]`;
    case 'tuple':
      return `(${(v as readonly Value[]).map((e, i) => valueKey(type.elements[i]!, e)).join(',')})`;
    case 'set':
      return `{${(v as readonly Value[])
        .map((e) => valueKey(type.element, e))
        .sort()
        .join(',')}}`;
    case 'map': {
      const o = v as ValueObject;
      return `<${Object.keys(o)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${valueKey(type.element, o[k]!)}`)
        .join(',')}>`;
    }
    case 'object': {
      const o = v as ValueObject;
      return `{${Object.keys(type.attributes)
        .sort()
        .map((k) => `${k}:${valueKey(type.attributes[k]!, o[k] ?? null)}`)
        .join(',')}}`;
    }
    case 'dynamic': {
      const d = v as DynamicValue;
      return `d${JSON.stringify(d.type)}${valueKey(d.type, d.value)}`;
    }
  }
}

/** Whether no unknown remains anywhere inside the value. */
export function isWhollyKnown(v: Value): boolean {
  if (v instanceof Unknown) return false;
  if (v === null || typeof v !== 'object' || v instanceof TfNumber) return true;
  if (v instanceof DynamicValue) return isWhollyKnown(v.value);
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  return Object.values(v as ValueObject).every(isWhollyKnown);
}

/** Every path at which the value is unknown (set elements are reported at the set). */
export function unknownPaths(type: CtyType, v: Value, at: AttributePath = AttributePath.ROOT): AttributePath[] {
  if (v instanceof Unknown) return [at];
  if (v === null) return [];
  switch (type.kind) {
    case 'list':
      return (v as readonly Value[]).flatMap((e, i) => unknownPaths(type.element, e, at.index(i)));
    case 'tuple':
      return (v as readonly Value[]).flatMap((e, i) => unknownPaths(type.elements[i]!, e, at.index(i)));
    case 'set':
      return (v as readonly Value[]).some((e) => !isWhollyKnown(e)) ? [at] : [];
    case 'map':
      return Object.entries(v as ValueObject).flatMap(([k, e]) => unknownPaths(type.element, e, at.key(k)));
    case 'object':
      return Object.keys(type.attributes).flatMap((k) => unknownPaths(type.attributes[k]!, (v as ValueObject)[k] ?? null, at.attribute(k)));
    case 'dynamic':
      return v instanceof DynamicValue ? unknownPaths(v.type, v.value, at) : [];
    default:
      return [];
  }
}

/**
 * Removes duplicate set elements, as Terraform merges them. Only wholly known elements can be duplicates:
 * two blocks that each hold an unknown (say, another resource's future id) are two elements.
 */
export function dedupeSet(elementType: CtyType, elements: readonly Value[]): Value[] {
  const seen = new Set<string>();
  const out: Value[] = [];
  for (const e of elements) {
    if (!isWhollyKnown(e)) {
      out.push(e);
      continue;
    }
    const k = valueKey(elementType, e);
    if (!seen.has(k)) out.push(e);
    seen.add(k);
  }
  return out;
}
