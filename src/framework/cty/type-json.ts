// The JSON encoding of types used in schemas and in dynamic values, e.g. ["map",["list","string"]].
import { Type, type CtyType } from './type';

export function typeToJson(t: CtyType): unknown {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'dynamic':
      return t.kind;
    case 'list':
    case 'set':
    case 'map':
      return [t.kind, typeToJson(t.element)];
    case 'tuple':
      return ['tuple', t.elements.map(typeToJson)];
    case 'object': {
      // Null prototype: an attribute may be named "__proto__" (object types come from users' values).
      const attrs: Record<string, unknown> = Object.create(null);
      for (const k of Object.keys(t.attributes).sort()) attrs[k] = typeToJson(t.attributes[k]!);
      return t.optional && t.optional.length > 0 ? ['object', attrs, [...t.optional].sort()] : ['object', attrs];
    }
  }
}

export function typeToJsonString(t: CtyType): string {
  return JSON.stringify(typeToJson(t));
}

export class TypeJsonError extends Error {}

export function typeFromJson(json: unknown): CtyType {
  if (typeof json === 'string') {
    switch (json) {
      case 'string':
        return Type.string;
      case 'number':
        return Type.number;
      case 'bool':
        return Type.bool;
      case 'dynamic':
        return Type.dynamic;
    }
    throw new TypeJsonError(`invalid primitive type name ${JSON.stringify(json)}`);
  }
  if (!Array.isArray(json) || json.length < 2 || typeof json[0] !== 'string') {
    throw new TypeJsonError(`invalid type specification ${JSON.stringify(json)}`);
  }
  const [kind, arg, extra] = json as [string, unknown, unknown];
  switch (kind) {
    case 'list':
    case 'set':
    case 'map':
      if (json.length !== 2) throw new TypeJsonError(`${kind} type takes exactly one element type`);
      return { kind, element: typeFromJson(arg) };
    case 'tuple':
      if (json.length !== 2 || !Array.isArray(arg)) throw new TypeJsonError('tuple type takes an array of element types');
      return Type.tuple(arg.map(typeFromJson));
    case 'object': {
      if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) {
        throw new TypeJsonError('object type takes an object of attribute types');
      }
      const attributes: Record<string, CtyType> = Object.create(null);
      for (const [k, v] of Object.entries(arg)) attributes[k] = typeFromJson(v);
      if (json.length === 3) {
        if (!Array.isArray(extra) || !extra.every((n) => typeof n === 'string' && Object.hasOwn(attributes, n))) {
          throw new TypeJsonError('object type optional attributes must name attributes of the object');
        }
        return Type.object(attributes, extra as string[]);
      }
      if (json.length !== 2) throw new TypeJsonError('object type takes attribute types and optional attribute names');
      return Type.object(attributes);
    }
  }
  throw new TypeJsonError(`invalid type kind ${JSON.stringify(kind)}`);
}

export function typeFromJsonString(text: string): CtyType {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new TypeJsonError(`type specification is not JSON: ${text.slice(0, 80)}`);
  }
  return typeFromJson(parsed);
}
