// Decoding DynamicValue msgpack against the type Terraform encoded it with. Any msgpack extension is an
// unknown (as go-cty reads it); extension 12 carries refinements, which are decoded and kept. Maps and
// objects become null-prototype objects built from the entries read, so any key is an ordinary key.
import { AttributePath } from '../path';
import { dedupeSet } from './compare';
import { MsgpackExt, MsgpackMap, readMsgpack } from './msgpack-read';
import { NumberFormatError, TfNumber } from './number';
import { typeFromJsonString } from './type-json';
import type { CtyType } from './type';
import { Unknown, unknown, type NumberBound, type Refinement } from './unknown';
import { ValueError } from './value-error';
import { DynamicValue, newObject, type Value } from './value';

const REFINED_UNKNOWN = 12;

export function decodeMsgpack(bytes: Uint8Array, type: CtyType): Value {
  let raw: unknown;
  try {
    raw = readMsgpack(bytes);
  } catch (err) {
    throw new ValueError(AttributePath.ROOT, `malformed msgpack: ${err instanceof Error ? err.message : String(err)}`);
  }
  return fromRaw(raw, type, AttributePath.ROOT);
}

function fromRaw(raw: unknown, type: CtyType, at: AttributePath): Value {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof MsgpackExt) return type.kind === 'dynamic' ? unknown : decodeUnknown(raw, at);
  switch (type.kind) {
    case 'string':
      if (typeof raw === 'string') return raw;
      if (raw instanceof Uint8Array) return Buffer.from(raw).toString('utf8');
      break;
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      break;
    case 'number':
      try {
        if (typeof raw === 'number') return TfNumber.fromNumber(raw);
        if (typeof raw === 'bigint') return TfNumber.fromBigInt(raw);
        if (typeof raw === 'string') return TfNumber.parse(raw);
      } catch (err) {
        if (err instanceof NumberFormatError) throw new ValueError(at, err.message);
        throw err;
      }
      break;
    case 'list':
    case 'set':
      if (Array.isArray(raw)) {
        const elements = raw.map((e, i) => fromRaw(e, type.element, at.index(i)));
        return type.kind === 'set' ? dedupeSet(type.element, elements) : elements;
      }
      break;
    case 'tuple':
      if (Array.isArray(raw)) {
        if (raw.length !== type.elements.length) {
          throw new ValueError(at, `a tuple of ${type.elements.length} elements is required (${raw.length} given)`);
        }
        return raw.map((e, i) => fromRaw(e, type.elements[i]!, at.index(i)));
      }
      break;
    case 'map':
      if (raw instanceof MsgpackMap) return newObject([...stringKeyed(raw, at)].map(([k, v]) => [k, fromRaw(v, type.element, at.key(k))]));
      break;
    case 'object':
      if (raw instanceof MsgpackMap) {
        const given = stringKeyed(raw, at);
        for (const k of given.keys()) if (!Object.hasOwn(type.attributes, k)) throw new ValueError(at, `unsupported attribute "${k}"`);
        const names = Object.keys(type.attributes);
        if (given.size !== names.length) {
          throw new ValueError(at, `an object with ${names.length} attributes is required (${given.size} given)`);
        }
        const out = newObject();
        for (const k of names) out[k] = fromRaw(given.get(k), type.attributes[k]!, at.attribute(k));
        return out;
      }
      break;
    case 'dynamic': {
      if (Array.isArray(raw) && raw.length === 2) {
        const [typeJson, inner] = raw as [unknown, unknown];
        const text = typeJson instanceof Uint8Array ? Buffer.from(typeJson).toString('utf8') : typeJson;
        if (typeof text !== 'string') throw new ValueError(at, 'dynamic value type must be JSON bytes');
        let concrete: CtyType;
        try {
          concrete = typeFromJsonString(text);
        } catch (err) {
          throw new ValueError(at, `dynamic value has an invalid type: ${(err as Error).message}`);
        }
        return new DynamicValue(concrete, fromRaw(inner, concrete, at));
      }
      throw new ValueError(at, 'a dynamic value must be a [type, value] pair');
    }
  }
  throw new ValueError(at, `${describeRaw(raw)} is not a valid ${type.kind}`);
}

/** The entries of a map whose keys must be strings (cty maps and objects); a repeated key keeps its last value. */
function stringKeyed(raw: MsgpackMap, at: AttributePath): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of raw.entries) {
    if (typeof k !== 'string') throw new ValueError(at, `map keys must be strings (${describeRaw(k)} given)`);
    out.set(k, v);
  }
  return out;
}

function describeRaw(raw: unknown): string {
  if (Array.isArray(raw)) return 'an array';
  if (raw instanceof Uint8Array) return 'binary data';
  if (raw instanceof MsgpackMap) return 'a map';
  return `a ${typeof raw}`;
}

function decodeUnknown(ext: MsgpackExt, at: AttributePath): Unknown {
  const data = ext.data;
  // Payloads of 0 or 1 bytes are plain unknowns whatever the code; only 12 carries refinements.
  if (ext.type !== REFINED_UNKNOWN || data.length <= 1) return unknown;
  let raw: unknown;
  try {
    raw = readMsgpack(data);
  } catch {
    throw new ValueError(at, 'malformed refinements on an unknown value');
  }
  if (!(raw instanceof MsgpackMap)) throw new ValueError(at, 'refinements on an unknown value must be a map');
  const refinement: { -readonly [K in keyof Refinement]: Refinement[K] } = {};
  for (const [k, v] of raw.entries) {
    const key = String(k); // small integers on the wire
    switch (key) {
      case '1':
        if (v === false) refinement.notNull = true;
        break;
      case '2':
        if (typeof v === 'string') refinement.stringPrefix = v;
        break;
      case '3':
      case '4': {
        const bound = numberBound(v);
        if (bound) refinement[key === '3' ? 'numberLowerBound' : 'numberUpperBound'] = bound;
        break;
      }
      case '5':
      case '6':
        if (typeof v === 'number' || typeof v === 'bigint') refinement[key === '5' ? 'lengthLowerBound' : 'lengthUpperBound'] = Number(v);
        break;
      // Unknown keys are ignored: later Terraform versions may add refinements.
    }
  }
  return new Unknown(refinement, data);
}

function numberBound(v: unknown): NumberBound | undefined {
  if (!Array.isArray(v) || v.length !== 2 || typeof v[1] !== 'boolean') return undefined;
  const [n, inclusive] = v as [unknown, boolean];
  try {
    if (typeof n === 'number') return { value: TfNumber.fromNumber(n), inclusive };
    if (typeof n === 'bigint') return { value: TfNumber.fromBigInt(n), inclusive };
    if (typeof n === 'string') return { value: TfNumber.parse(n), inclusive };
  } catch {
    return undefined;
  }
  return undefined;
}
