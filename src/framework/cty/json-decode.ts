// Decoding JSON-encoded values: DynamicValue.json (rare) and the raw state Terraform hands to
// UpgradeResourceState. Numbers are parsed without ever passing through a double.
import { isLosslessNumber, parse, type LosslessNumber } from 'lossless-json';
import { AttributePath } from '../path';
import { dedupeSet } from './compare';
import { NumberFormatError, TfNumber } from './number';
import { typeFromJson } from './type-json';
import type { CtyType } from './type';
import { ValueError } from './value-error';
import { DynamicValue, newObject, type Value } from './value';

export interface JsonDecodeOptions {
  /**
   * State written by an older provider may lack attributes added since (they become null) and Terraform
   * may hand over attributes the schema no longer has (they are dropped). Off for DynamicValue JSON.
   */
  lenientAttributes?: boolean;
}

export function parseJsonLossless(text: string): unknown {
  try {
    return parse(text);
  } catch (err) {
    throw new ValueError(AttributePath.ROOT, `malformed JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function decodeJson(text: string | Uint8Array, type: CtyType, options: JsonDecodeOptions = {}): Value {
  const source = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  return fromJsonTree(parseJsonLossless(source), type, options);
}

/** Interprets an already parsed (lossless) JSON tree against a type. */
export function fromJsonTree(raw: unknown, type: CtyType, options: JsonDecodeOptions = {}, at: AttributePath = AttributePath.ROOT): Value {
  if (raw === null || raw === undefined) return null;
  switch (type.kind) {
    case 'string':
      if (typeof raw === 'string') return raw;
      if (isLosslessNumber(raw)) return (raw as LosslessNumber).value; // cty converts numbers to strings
      if (typeof raw === 'boolean') return String(raw);
      break;
    case 'number':
      try {
        if (isLosslessNumber(raw)) return TfNumber.parse((raw as LosslessNumber).value);
        if (typeof raw === 'string') return TfNumber.parse(raw);
      } catch (err) {
        if (err instanceof NumberFormatError) throw new ValueError(at, err.message);
        throw err;
      }
      break;
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      break;
    case 'list':
    case 'set':
      if (Array.isArray(raw)) {
        const elements = raw.map((e, i) => fromJsonTree(e, type.element, options, at.index(i)));
        return type.kind === 'set' ? dedupeSet(type.element, elements) : elements;
      }
      break;
    case 'tuple':
      if (Array.isArray(raw) && raw.length === type.elements.length) {
        return raw.map((e, i) => fromJsonTree(e, type.elements[i]!, options, at.index(i)));
      }
      break;
    case 'map':
      if (isJsonObject(raw)) return newObject(Object.entries(raw).map(([k, v]) => [k, fromJsonTree(v, type.element, options, at.key(k))]));
      break;
    case 'object':
      if (isJsonObject(raw)) {
        if (!options.lenientAttributes) {
          for (const k of Object.keys(raw)) if (!Object.hasOwn(type.attributes, k)) throw new ValueError(at, `unsupported attribute "${k}"`);
        }
        return newObject(Object.keys(type.attributes).map((k) => [k, fromJsonTree(Object.hasOwn(raw, k) ? raw[k] : null, type.attributes[k]!, options, at.attribute(k))]));
      }
      break;
    case 'dynamic':
      // cty writes dynamic values as {"value": …, "type": …}.
      if (isJsonObject(raw) && Object.hasOwn(raw, 'type') && Object.hasOwn(raw, 'value')) {
        let concrete: CtyType;
        try {
          concrete = typeFromJson(raw.type);
        } catch (err) {
          throw new ValueError(at, `dynamic value has an invalid type: ${(err as Error).message}`);
        }
        return new DynamicValue(concrete, fromJsonTree(raw.value, concrete, options, at));
      }
      throw new ValueError(at, 'a dynamic value must be an object with "value" and "type"');
  }
  throw new ValueError(at, `JSON ${Array.isArray(raw) ? 'array' : typeof raw} is not a valid ${type.kind}`);
}

function isJsonObject(raw: unknown): raw is Record<string, unknown> {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !isLosslessNumber(raw);
}
