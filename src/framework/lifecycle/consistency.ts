// Checks the framework runs on what handlers produce, before Terraform does. Terraform would reject the
// same results with "Provider produced invalid plan" or "inconsistent result after apply" and no hint of
// why; these checks name the attribute, both values (unless sensitive) and the handler at fault.
import { structurallyEquals } from '../cty/structural-equals';
import { Unknown } from '../cty/unknown';
import { isValidCompletion } from '../cty/valid-completion';
import { isValueObject, type Value } from '../cty/value';
import { AttributePath } from '../path';
import { blockCollectionType, type BlockSchema } from '../schema/blocks';
import { renderAt } from './render-value';
import { children, objectSchemaOf } from './schema-walk';

export interface Inconsistency {
  readonly path: AttributePath;
  readonly problem: string;
}

/**
 * Terraform's plan validity rules: every non-computed attribute must be planned as configured (or as
 * the prior value while configured); write-only attributes are planned null; unknown config stays unknown.
 */
export function checkPlanValid(schema: BlockSchema, prior: Value, config: Value, planned: Value, root: BlockSchema = schema, at = AttributePath.ROOT): Inconsistency[] {
  const out: Inconsistency[] = [];
  if (!isValueObject(planned) || !isValueObject(config)) return out;
  const pri = isValueObject(prior) ? prior : null;
  for (const [name, child] of children(schema)) {
    const p = at.attribute(name);
    const c = config[name] ?? null;
    const s = pri ? (pri[name] ?? null) : null;
    const v = planned[name] ?? null;
    if (child.kind === 'attribute') {
      const def = child.def;
      if (def.writeOnly) {
        if (v !== null) out.push({ path: p, problem: 'a write-only attribute was planned with a value; it must be planned null' });
        continue;
      }
      if (def.computed && c === null) continue; // the provider decides
      if (c instanceof Unknown) {
        if (!(v instanceof Unknown)) out.push({ path: p, problem: `the configuration value is unknown, but ${renderAt(root, p, v)} was planned` });
        continue;
      }
      const inner = objectSchemaOf(child);
      if (inner && c !== null && v !== null && !(v instanceof Unknown)) {
        // Nested objects are checked object by object: their own computed attributes may be filled in.
        out.push(...checkNestedPlanValid(inner.schema, inner.nesting, s, c, v, root, p));
        continue;
      }
      // Compared as Terraform does, structurally: an unknown set element in the configuration is planned as unknown.
      if (!structurallyEquals(def.valueType.cty, v, c) && !(s !== null && structurallyEquals(def.valueType.cty, v, s))) {
        out.push({
          path: p,
          problem: c === null
            ? `planned ${renderAt(root, p, v)} for an attribute that is not configured and not computed`
            : `planned ${renderAt(root, p, v)}, which matches neither the configuration (${renderAt(root, p, c)}) nor the prior state`,
        });
      }
    } else {
      const inner = objectSchemaOf(child)!;
      if ((inner.nesting === 'single' || inner.nesting === 'group') && (c === null) !== (v === null)) {
        out.push({ path: p, problem: 'the block was planned present/absent differently from the configuration' });
      } else {
        out.push(...checkNestedPlanValid(inner.schema, inner.nesting, s, c, v, root, p));
      }
    }
  }
  return out;
}

/** Objects of a nested attribute or block, paired by index (lists) or key (maps). Sets cannot be paired: trusted, as Terraform does. */
function checkNestedPlanValid(schema: BlockSchema, nesting: string, prior: Value, config: Value, planned: Value, root: BlockSchema, at: AttributePath): Inconsistency[] {
  if (config instanceof Unknown) return planned instanceof Unknown ? [] : [{ path: at, problem: 'the configuration value is unknown, but a value was planned' }];
  if (nesting === 'single' || nesting === 'group') return checkPlanValid(schema, prior, config, planned, root, at);
  if (nesting === 'set') {
    return Array.isArray(config) && Array.isArray(planned) && config.length !== planned.length
      ? [{ path: at, problem: `planned ${planned.length} elements, but the configuration has ${config.length}` }]
      : [];
  }
  if (nesting === 'map') {
    if (!isValueObject(config) || !isValueObject(planned)) return [];
    const ck = Object.keys(config).sort().join('\0');
    if (ck !== Object.keys(planned).sort().join('\0')) return [{ path: at, problem: 'the planned map keys differ from the configuration' }];
    const pm = isValueObject(prior) ? prior : null;
    return Object.keys(config).flatMap((k) => checkPlanValid(schema, pm?.[k] ?? null, config[k]!, planned[k]!, root, at.key(k)));
  }
  if (!Array.isArray(config) || !Array.isArray(planned)) return [];
  if (config.length !== planned.length) return [{ path: at, problem: `planned ${planned.length} elements, but the configuration has ${config.length}` }];
  const pl = Array.isArray(prior) ? prior : [];
  return config.flatMap((e, i) => checkPlanValid(schema, pl[i] ?? null, e, planned[i]!, root, at.index(i)));
}

/**
 * After apply: every value the plan already knew must come back unchanged; unknowns may become anything
 * of their type (set elements included, so a set may shrink when elements turn out equal, never grow).
 */
export function checkCompatible(schema: BlockSchema, planned: Value, actual: Value, root: BlockSchema = schema, at = AttributePath.ROOT): Inconsistency[] {
  const out: Inconsistency[] = [];
  if (!isValueObject(planned) || !isValueObject(actual)) {
    if ((planned === null) !== (actual === null)) out.push({ path: at, problem: 'the handler returned no object where one was planned' });
    return out;
  }
  for (const [name, child] of children(schema)) {
    const p = at.attribute(name);
    const want = planned[name] ?? null;
    const got = actual[name] ?? null;
    const type = child.kind === 'attribute' ? child.def.valueType.cty : blockCollectionType(child.def);
    const inner = objectSchemaOf(child);
    // Objects paired by position or key are checked one by one, so a problem names the attribute inside.
    if (inner && (inner.nesting === 'single' || inner.nesting === 'group') && isValueObject(want) && isValueObject(got)) {
      out.push(...checkCompatible(inner.schema, want, got, root, p));
    } else if (inner && inner.nesting === 'list' && Array.isArray(want) && Array.isArray(got)) {
      if (want.length !== got.length) out.push({ path: p, problem: `planned ${want.length} elements, but the handler returned ${got.length}` });
      else want.forEach((w: Value, i: number) => out.push(...checkCompatible(inner.schema, w, got[i]!, root, p.index(i))));
    } else if (inner && inner.nesting === 'map' && isValueObject(want) && isValueObject(got)) {
      const missing = Object.keys(want).filter((k) => !Object.hasOwn(got, k));
      const extra = Object.keys(got).filter((k) => !Object.hasOwn(want, k));
      if (missing.length > 0 || extra.length > 0) {
        out.push({ path: p, problem: `planned the keys ${keyList(Object.keys(want))}, but the handler returned ${keyList(Object.keys(got))}` });
      } else for (const k of Object.keys(want)) out.push(...checkCompatible(inner.schema, want[k]!, got[k]!, root, p.key(k)));
    } else if (!isValidCompletion(type, want, got)) {
      out.push({ path: p, problem: `planned ${renderAt(root, p, want)}, but the handler returned ${renderAt(root, p, got)}` });
    }
  }
  return out;
}

function keyList(keys: string[]): string {
  return keys.length === 0 ? 'none' : keys.map((k) => JSON.stringify(k)).join(', ');
}

/** For results judged against configuration alone (data sources, ephemeral open): configured values unchanged. */
export function checkConfigPreserved(schema: BlockSchema, config: Value, result: Value): Inconsistency[] {
  return checkPlanValid(schema, null, config, result);
}

export function describeInconsistencies(items: readonly Inconsistency[]): string {
  return items.map((i) => `  - ${i.path.isRoot ? '(the object)' : i.path.toString()}: ${i.problem}`).join('\n');
}
