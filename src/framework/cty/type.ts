// Terraform's type system (cty): the shape every value on the wire is encoded against.
export type CtyType =
  | { readonly kind: 'string' }
  | { readonly kind: 'number' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'dynamic' }
  | { readonly kind: 'list'; readonly element: CtyType }
  | { readonly kind: 'set'; readonly element: CtyType }
  | { readonly kind: 'map'; readonly element: CtyType }
  | {
      readonly kind: 'object';
      readonly attributes: Readonly<Record<string, CtyType>>;
      /** Attribute names that may be omitted in type-conversion contexts; never used in schemas. */
      readonly optional?: readonly string[];
    }
  | { readonly kind: 'tuple'; readonly elements: readonly CtyType[] };

export type PrimitiveKind = 'string' | 'number' | 'bool';

export const Type = {
  string: { kind: 'string' } as CtyType,
  number: { kind: 'number' } as CtyType,
  bool: { kind: 'bool' } as CtyType,
  dynamic: { kind: 'dynamic' } as CtyType,
  list: (element: CtyType): CtyType => ({ kind: 'list', element }),
  set: (element: CtyType): CtyType => ({ kind: 'set', element }),
  map: (element: CtyType): CtyType => ({ kind: 'map', element }),
  object: (attributes: Record<string, CtyType>, optional?: string[]): CtyType =>
    optional && optional.length > 0 ? { kind: 'object', attributes, optional } : { kind: 'object', attributes },
  tuple: (elements: CtyType[]): CtyType => ({ kind: 'tuple', elements }),
} as const;

export function typeEquals(a: CtyType, b: CtyType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'list':
    case 'set':
    case 'map':
      return typeEquals(a.element, (b as typeof a).element);
    case 'tuple': {
      const be = (b as typeof a).elements;
      return a.elements.length === be.length && a.elements.every((t, i) => typeEquals(t, be[i]!));
    }
    case 'object': {
      const bo = b as typeof a;
      const ak = Object.keys(a.attributes);
      if (ak.length !== Object.keys(bo.attributes).length) return false;
      if (!ak.every((k) => Object.hasOwn(bo.attributes, k) && typeEquals(a.attributes[k]!, bo.attributes[k]!))) return false;
      const ao = [...(a.optional ?? [])].sort().join(',');
      return ao === [...(bo.optional ?? [])].sort().join(',');
    }
    default:
      return true;
  }
}

/** A readable rendering in Terraform's own type-constraint syntax, for diagnostics. */
export function typeString(t: CtyType): string {
  switch (t.kind) {
    case 'dynamic':
      return 'any';
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind}(${typeString(t.element)})`;
    case 'tuple':
      return `tuple([${t.elements.map(typeString).join(', ')}])`;
    case 'object':
      return `object({${Object.keys(t.attributes)
        .sort()
        .map((k) => `${k}=${typeString(t.attributes[k]!)}`)
        .join(', ')}})`;
    default:
      return t.kind;
  }
}
