// Whether the configuration changes an attribute's value, the question requiresReplace asks. For a nested
// attribute, computed inner attributes the configuration leaves to the provider become "known after
// apply" whenever anything about the resource changes; counted as changes, they would replace the
// resource on every unrelated update. So nested objects are compared on what the configuration decides:
// computed-only inner attributes are skipped, and so is an optional+computed one the configuration leaves
// null while the plan leaves it unknown. Everything else must be equal; an unknown configured value may
// change, so it counts as a change.
import { valueEquals } from '../cty/compare';
import { Unknown } from '../cty/unknown';
import { isValueObject, type Value, type ValueObject } from '../cty/value';
import type { AnyAttribute, AttributeNesting, NestedAttributes } from '../schema/attributes';
import { pairSetElements } from './set-pairing';

export function changedByConfiguration(def: AnyAttribute, config: Value, prior: Value, planned: Value): boolean {
  if (!def.nested) return !valueEquals(def.valueType.cty, planned, prior);
  return !sameConfigured(def.nested.attributes, def.nested.nesting, config, prior, planned);
}

function sameConfigured(attributes: NestedAttributes, nesting: AttributeNesting, config: Value, prior: Value, planned: Value): boolean {
  if (planned instanceof Unknown || prior instanceof Unknown) return false;
  if (planned === null || prior === null) return planned === prior;
  switch (nesting) {
    case 'single':
      return isValueObject(planned) && isValueObject(prior) && sameObject(attributes, objectOrNull(config), prior, planned);
    case 'list': {
      const p = planned as readonly Value[];
      const s = prior as readonly Value[];
      const c = Array.isArray(config) ? config : [];
      return p.length === s.length && p.every((e, i) => sameElement(attributes, c[i] ?? null, s[i]!, e));
    }
    case 'map': {
      const p = planned as ValueObject;
      const s = prior as ValueObject;
      const c = objectOrNull(config);
      const keys = Object.keys(p);
      return keys.length === Object.keys(s).length && keys.every((k) => Object.hasOwn(s, k) && sameElement(attributes, c && Object.hasOwn(c, k) ? c[k]! : null, s[k]!, p[k]!));
    }
    case 'set': {
      // Set elements have no identity: unchanged when planned and prior elements pair up one to one.
      const p = planned as readonly Value[];
      const s = prior as readonly Value[];
      if (p.length !== s.length) return false;
      const c = pairSetElements({ attributes }, Array.isArray(config) ? config : [], p);
      return pairsOneToOne(p.length, (i, j) => sameElement(attributes, c[i] ?? null, s[j]!, p[i]!));
    }
  }
}

function sameElement(attributes: NestedAttributes, config: Value, prior: Value, planned: Value): boolean {
  if (planned === null || prior === null) return planned === prior;
  return isValueObject(planned) && isValueObject(prior) && sameObject(attributes, objectOrNull(config), prior, planned);
}

function sameObject(attributes: NestedAttributes, config: ValueObject | null, prior: ValueObject, planned: ValueObject): boolean {
  return Object.entries(attributes).every(([name, a]) => {
    const p = planned[name] ?? null;
    const s = prior[name] ?? null;
    const c = config?.[name] ?? null;
    if (a.computed && !a.optional) return true; // the provider's alone
    if (a.computed && c === null && p instanceof Unknown) return true; // left to the provider this time
    if (a.nested) return sameConfigured(a.nested.attributes, a.nested.nesting, c, s, p);
    return valueEquals(a.valueType.cty, p, s);
  });
}

function objectOrNull(v: Value): ValueObject | null {
  return isValueObject(v) ? v : null;
}

/** Whether n planned elements can each be paired with a distinct one of n prior elements (augmenting paths). */
function pairsOneToOne(n: number, matches: (planned: number, prior: number) => boolean): boolean {
  const fits = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => matches(i, j)));
  const holder = new Array<number>(n).fill(-1); // prior element → the planned element paired with it
  const place = (i: number, tried: boolean[]): boolean => {
    for (let j = 0; j < n; j++) {
      if (tried[j] || !fits[i]![j]) continue;
      tried[j] = true;
      if (holder[j]! < 0 || place(holder[j]!, tried)) {
        holder[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < n; i++) if (!place(i, new Array<boolean>(n).fill(false))) return false;
  return true;
}
