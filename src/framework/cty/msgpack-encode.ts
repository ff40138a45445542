// Encoding values as DynamicValue msgpack for Terraform. Every object attribute is written (Terraform
// requires the exact attribute count), numbers are decimal strings (see numberToRaw), and unknowns are
// extension 0 with one zero byte.
import { Encoder, ExtData } from '@msgpack/msgpack';
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

// One encoder for every value (it copies its result out; a nested use gets its own): making one per
// value allocated a fresh buffer each time, thousands of times per plan.
const encoder = new Encoder({ useBigInt64: true, sortKeys: true, ignoreUndefined: false });

export function encodeMsgpack(v: Value, type: CtyType): Uint8Array {
  return encoder.encode(toRaw(v, type, AttributePath.ROOT));
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

/**
 * Numbers go as decimal text, which Terraform parses exactly as it parses its state file (512-bit
 * precision). Integers or doubles would be read at 64 or 53 bits: equal in value, but Terraform 1.11
 * compares a refreshed object with the prior one structurally (reflect.DeepEqual), so any number in a
 * resource made every `plan -refresh-only -detailed-exitcode` report a change. Infinities, which have
 * no decimal text, stay float64 as go-cty writes them.
 */
function numberToRaw(n: TfNumber): number | string {
  return n.infinite ? n.toNumber() : n.toString();
}
