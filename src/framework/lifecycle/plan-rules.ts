// The attribute-level planning rules the framework applies for every resource, in Terraform's order:
//   1. defaults for attributes the configuration leaves null
//   2. write-only attributes planned null
//   3. if anything changed (or on create): computed attributes left null in config become unknown
//   4. plan modifiers: use-state-for-unknown, requires-replace, custom modifiers
import { Unknown, unknown } from '../cty/unknown';
import { ValueError } from '../cty/value-error';
import { isValueObject, newObject, type Value, type ValueObject } from '../cty/value';
import type { Diagnostics } from '../diag/diagnostics';
import { AttributePath } from '../path';
import type { AnyAttribute } from '../schema/attributes';
import type { BlockSchema } from '../schema/blocks';
import { elementFromHandler, elementToHandler } from '../schema/value-types';
import { changedByConfiguration } from './configured-change';
import { children, objectSchemaOf, type Child } from './schema-walk';
import { pairSetElements } from './set-pairing';

export interface AttributePlan {
  planned: Value;
  requiresReplace: AttributePath[];
}

/** Steps 1–2: defaults and write-only nulling on the proposed new state. */
export function applyDefaultsAndWriteOnly(schema: BlockSchema, config: Value, proposed: Value, at = AttributePath.ROOT): Value {
  if (!isValueObject(proposed)) return proposed;
  const cfg = isValueObject(config) ? config : null;
  const out = newObject();
  for (const [name, child] of children(schema)) {
    const p = at.attribute(name);
    const c = cfg ? (cfg[name] ?? null) : null;
    let v = proposed[name] ?? null;
    if (child.kind === 'attribute') {
      const def = child.def;
      if (def.writeOnly) v = null;
      else if (c === null && def.options.default !== undefined) v = def.valueType.fromHandler(def.options.default, p);
      // Left out of the configuration, the value is Terraform's proposal from prior state (or the default
      // just set): defaults inside it would overwrite what the provider stored.
      if (c === null) {
        out[name] = v;
        continue;
      }
    }
    out[name] = recurse(child, c, v, p, (s, co, po, op) => applyDefaultsAndWriteOnly(s, co, po, op));
  }
  return out;
}

/** Step 3: computed attributes the configuration leaves null are "known after apply". */
export function markComputedUnknown(schema: BlockSchema, config: Value, planned: Value, at = AttributePath.ROOT): Value {
  if (!isValueObject(planned)) return planned;
  const cfg = isValueObject(config) ? config : null;
  const out = newObject();
  for (const [name, child] of children(schema)) {
    const p = at.attribute(name);
    const c = cfg ? (cfg[name] ?? null) : null;
    let v = planned[name] ?? null;
    if (child.kind === 'attribute' && child.def.computed && !child.def.writeOnly && c === null && child.def.options.default === undefined) {
      out[name] = unknown;
      continue;
    }
    if (child.kind === 'attribute' && c === null) {
      out[name] = v;
      continue;
    }
    v = recurse(child, c, v, p, (s, co, po, op) => markComputedUnknown(s, co, po, op));
    out[name] = v;
  }
  return out;
}

/** Step 4: attribute plan modifiers. `prior` is null on create. */
export function runAttributeModifiers(
  schema: BlockSchema,
  config: Value,
  prior: Value,
  planned: Value,
  diagnostics: Diagnostics,
  replace: AttributePath[],
  resourceExists: boolean,
  at = AttributePath.ROOT,
): Value {
  if (!isValueObject(planned)) return planned;
  const cfg = isValueObject(config) ? config : null;
  const pri = isValueObject(prior) ? prior : null;
  const out = newObject();
  for (const [name, child] of children(schema)) {
    const p = at.attribute(name);
    const c = cfg ? (cfg[name] ?? null) : null;
    const s = pri ? (pri[name] ?? null) : null;
    let v = planned[name] ?? null;
    if (child.kind === 'attribute') v = modifyAttribute(child.def, c, s, v, p, diagnostics, replace, resourceExists, pri !== null);
    const inner = objectSchemaOf(child);
    // Inside nested objects the resource still exists: an element new in the plan has a null prior, so a
    // requires-replace attribute in it replaces the resource (as terraform-plugin-framework decides).
    if (inner && isHolder(v)) v = mapPaired(inner.schema, inner.nesting, c, s, v, p, (co, so, vo, op) => runAttributeModifiers(inner.schema, co, so, vo, diagnostics, replace, resourceExists, op));
    out[name] = v;
  }
  return out;
}

function modifyAttribute(
  def: AnyAttribute,
  config: Value,
  prior: Value,
  planned: Value,
  at: AttributePath,
  diagnostics: Diagnostics,
  replace: AttributePath[],
  exists: boolean,
  holderExisted: boolean,
): Value {
  let v = planned;
  // Use state for unknown: a computed value that never changes keeps its prior value instead of "(known after
  // apply)" — a null one too (null is a known value: "never expires"), as long as the object holding it
  // existed before; in an object new to the plan there is no prior value, so it stays unknown.
  if (def.options.useStateForUnknown && exists && holderExisted && v instanceof Unknown && !(config instanceof Unknown)) v = prior;
  for (const modifier of def.options.planModifiers ?? []) {
    try {
      const response = modifier.modify({
        path: at,
        config: toHandler(def, config, at),
        prior: toHandler(def, prior, at),
        planned: toHandler(def, v, at),
        resourceExists: exists,
      });
      if (response && 'planned' in response) v = elementFromHandler(def.valueType, response.planned, at);
      if (response?.requiresReplace && exists && changedByConfiguration(def, config, prior, v)) replace.push(at);
    } catch (err) {
      if (err instanceof ValueError) diagnostics.error('Invalid Attribute Value', err.reason, err.path);
      else throw err;
    }
  }
  // Requires replace: only for an existing resource, and only when the configuration really changes the
  // value (or may); computed values inside nested objects that are merely unknown again do not count.
  if (def.options.requiresReplace && exists && changedByConfiguration(def, config, prior, v)) replace.push(at);
  return v;
}

function toHandler(def: AnyAttribute, v: Value, at: AttributePath): unknown {
  return elementToHandler(def.valueType, v, at);
}

function isHolder(v: Value): boolean {
  return v !== null && !(v instanceof Unknown);
}

function recurse(
  child: Child,
  config: Value,
  value: Value,
  at: AttributePath,
  fn: (schema: BlockSchema, config: Value, value: Value, at: AttributePath) => Value,
): Value {
  const inner = objectSchemaOf(child);
  if (!inner || !isHolder(value)) return value;
  return mapPaired(inner.schema, inner.nesting, config, null, value, at, (co, _so, vo, op) => fn(inner.schema, co, vo, op));
}

/**
 * Maps the objects of a nested attribute or block, pairing each planned object with the configuration
 * and prior objects at the same index (lists), key (maps) or position (sets: prior is not correlated).
 */
function mapPaired(
  schema: BlockSchema,
  nesting: string,
  config: Value,
  prior: Value,
  value: Value,
  at: AttributePath,
  fn: (config: Value, prior: Value, value: ValueObject, at: AttributePath) => Value,
): Value {
  if (nesting === 'single' || nesting === 'group') return isValueObject(value) ? fn(config, prior, value, at) : value;
  if (nesting === 'map') {
    const c = isValueObject(config) ? config : null;
    const s = isValueObject(prior) ? prior : null;
    return newObject(
      Object.entries(value as ValueObject).map(([k, e]) => [k, isValueObject(e) ? fn(c?.[k] ?? null, s?.[k] ?? null, e, at.key(k)) : e]),
    );
  }
  const c = Array.isArray(config) ? config : [];
  if (nesting === 'set') {
    // Terraform orders set elements by value, so position says nothing: pair each element with the
    // configuration element it came from. Prior elements cannot be correlated at all.
    const pairs = pairSetElements(schema, c, value as readonly Value[]);
    return (value as readonly Value[]).map((e, i) => (isValueObject(e) ? fn(pairs[i] ?? null, null, e, at) : e));
  }
  const s = Array.isArray(prior) ? prior : [];
  return (value as readonly Value[]).map((e, i) => (isValueObject(e) ? fn(c[i] ?? null, s[i] ?? null, e, at.index(i)) : e));
}
