// Encoding values as DynamicValue msgpack for Terraform. Every object attribute is written (Terraform
// requires the exact attribute count), numbers take go-cty's form (int64 → integer, exact double → float64,
// anything else → decimal string), and unknowns are extension 0 with one zero byte.
import { encode, ExtData } from '@msgpack/msgpack';
import { AttributePath } from '../path';
import { dedupeSet } from './compare';
import { TfNumber } from './number';
import { typeToJsonString } from './type-json';
import type { CtyType } from './type';
import { Unknown } from './unknown';
import { ValueError } from './value-error';
import { DynamicValue, isValueObject, type Value, type ValueObject } from './value';

const PLAIN_UNKNOWN = new ExtData(0, new Uint8Array([0]));
const REFINED_UNKNOWN = 12;

export function encodeMsgpack(v: Value, type: CtyType): Uint8Array {
  return encode(toRaw(v, type, AttributePath.ROOT), { useBigInt64: true, sortKeys: true, ignoreUndefined: false });
}

function toRaw(v: Value, type: CtyType, at: AttributePath): unknown {
  if (v === null) return null;
  if (v instanceof Unknown) {
    // Refinements are echoed byte for byte when we received them; we never invent any.
    if (type.kind !== 'dynamic' && v.refined && v.encodedRefinement) return new ExtData(REFINED_UNKNOWN, v.encodedRefinement);
    return PLAIN_UNKNOWN;
  }
  switch (type.kind) {
    case 'string':
      if (typeof v === 'string') return v;
      break;
    case 'bool':
      if (typeof v === 'boolean') return v;
      break;
    case 'number':
      if (v instanceof TfNumber) return numberToRaw(v);
      break;
    case 'list':
    case 'set':
      if (Array.isArray(v)) {
        const elements = type.kind === 'set' ? dedupeSet(type.element, v) : v;
        return elements.map((e, i) => toRaw(e, type.element, at.index(i)));
      }
      break;
    case 'tuple':
      if (Array.isArray(v) && v.length === type.elements.length) return v.map((e, i) => toRaw(e, type.elements[i]!, at.index(i)));
      break;
    case 'map':
      if (isValueObject(v)) {
        const out: Record<string, unknown> = Object.create(null);
        for (const [k, e] of Object.entries(v)) out[k] = toRaw(e, type.element, at.key(k));
        return out;
      }
      break;
    case 'object':
      if (isValueObject(v)) {
        const o = v as ValueObject;
        for (const k of Object.keys(o)) if (!Object.hasOwn(type.attributes, k)) throw new ValueError(at, `unsupported attribute "${k}"`);
        const out: Record<string, unknown> = Object.create(null);
        for (const [k, t] of Object.entries(type.attributes)) {
          if (!Object.hasOwn(o, k)) throw new ValueError(at.attribute(k), 'attribute is missing (every attribute must be present, null if unset)');
          out[k] = toRaw(o[k]!, t, at.attribute(k));
        }
        return out;
      }
      break;
    case 'dynamic':
      if (v instanceof DynamicValue) return [Buffer.from(typeToJsonString(v.type)), toRaw(v.value, v.type, at)];
      break;
  }
  throw new ValueError(at, `value does not fit type ${type.kind}`);
}

function numberToRaw(n: TfNumber): number | bigint | string {
  if (n.fitsInt64()) {
    const i = n.toBigInt();
    return i >= BigInt(Number.MIN_SAFE_INTEGER) && i <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(i) : i;
  }
  // An exact double (including integers beyond int64, e.g. 2^70) is a float64 for go-cty.
  const d = n.exactFloat64();
  return d !== undefined ? d : n.toString();
}
