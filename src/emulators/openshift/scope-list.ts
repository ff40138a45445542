// A scope string as the broker reads it (`Scope.list!` on create, `Scope.list` on a stored token):
// split on commas or whitespace, trim, drop blanks, lower-case, de-duplicate, then match each item
// against the catalog. Parameterized ids must be Mongo ObjectIds.
import { SCOPE_CATALOG, type ScopeDefinition } from './scopes';

export interface ParsedScope {
  /** The scope as stored and answered, e.g. `domain/53bdbe4ee199233302000023/view`. */
  readonly text: string;
  readonly definition: ScopeDefinition;
  /** The domain or application id of a parameterized scope. */
  readonly id?: string;
}

/** Parameterized scopes: the id and level are Ruby `\w+`, as the broker's route-like pattern reads them. */
const PARAMETERIZED = /^(domain|application)\/(\w+)\/(\w+)$/;

/**
 * [derived] The broker checks the id is under 40 characters, then converts it with
 * `ObjectId.from_string`, which accepts exactly 24 hex digits; anything else is a rejected scope.
 */
const OBJECT_ID = /^[0-9a-f]{24}$/;

/** One item (already trimmed and lower-cased); undefined when the broker would not accept it. */
export function parseScope(item: string): ParsedScope | undefined {
  const simple = SCOPE_CATALOG.find((s) => s.kind === 'simple' && s.name === item);
  if (simple !== undefined) return { text: item, definition: simple };
  const match = PARAMETERIZED.exec(item);
  if (match === null) return undefined;
  const [, kind, id, level] = match as unknown as [string, string, string, string];
  const definition = SCOPE_CATALOG.find((s) => s.kind === kind && s.level === level);
  if (definition === undefined || id.length >= 40 || !OBJECT_ID.test(id)) return undefined;
  return { text: item, definition, id };
}

/** The items of a scope spec, as the broker splits them (blanks dropped, lower-cased, first occurrence kept). */
export function scopeItems(spec: string): string[] {
  // Ruby's `\s` is ASCII whitespace only, and `downcase` (Ruby 1.9/2.0) changes ASCII letters only.
  const items = spec
    .split(/[, \t\r\n\f\v]/)
    .filter((s) => s !== '')
    .map((s) => s.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()));
  return [...new Set(items)];
}

/**
 * `Scope.list!`: every item must be a known scope, else undefined (the create answers 422). A spec that is
 * not a string (a JSON list or number) fails too: the broker splits it as a string and the error is rescued.
 */
export function parseScopeSpec(spec: unknown): ParsedScope[] | undefined {
  if (typeof spec !== 'string') return undefined;
  const parsed: ParsedScope[] = [];
  for (const item of scopeItems(spec)) {
    const scope = parseScope(item);
    if (scope === undefined) return undefined;
    parsed.push(scope);
  }
  return parsed;
}

/** `Scope.list`: a stored scope string, unknown items dropped (used for a token's effective scopes). */
export function readStoredScopes(stored: string): ParsedScope[] {
  return scopeItems(stored)
    .map(parseScope)
    .filter((s): s is ParsedScope => s !== undefined);
}

/** Stored and answered as one space-joined string, in the order given. */
export function joinScopes(scopes: readonly ParsedScope[]): string {
  return scopes.map((s) => s.text).join(' ');
}
