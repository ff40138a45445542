// Request parameters as the broker (Rails 3.2) sees them: the body's fields (JSON or form), then the
// query string on top, with JSON types kept. The broker's quirks follow from Ruby semantics, so they
// are spelled out here: truthiness (only nil and false are false, so the form string "false" is true),
// `present?`, and `Kernel#Integer` for `expires_in`.
import type { EmulatorRequest } from '../http/emulator-request';

/** A parameter value: JSON types from a JSON body, strings (or lists, for `key[]`) from forms and queries. */
export type ParamValue = string | number | boolean | null | readonly unknown[] | { readonly [key: string]: unknown };

export type BrokerParams = Readonly<Record<string, ParamValue | undefined>>;

export type ParamsResult = { readonly kind: 'ok'; readonly params: BrokerParams } | { readonly kind: 'invalid-json' };

/** Rails 3.2 merges request (body) parameters first and query parameters over them. */
export function brokerParams(request: EmulatorRequest): ParamsResult {
  const params: Record<string, ParamValue> = {};
  const body = request.body;
  if (body.kind === 'invalid-json') return { kind: 'invalid-json' };
  if (body.kind === 'json') {
    // A JSON body that is not an object lands under `_json`, where no action looks.
    if (typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)) Object.assign(params, body.value);
  } else if (body.kind === 'form') {
    Object.assign(params, formParams(body.value));
  }
  Object.assign(params, formParams(request.query));
  return { kind: 'ok', params };
}

/** Rack's nested-parameter rules, as far as the broker's parameters need them: the last value wins; `key[]` collects. */
function formParams(search: URLSearchParams): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const [key, value] of search) {
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      const list = params[name];
      params[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      params[key] = value;
    }
  }
  return params;
}

/** Ruby truthiness: everything but nil (absent, null) and false. */
export function truthy(value: ParamValue | undefined): boolean {
  return value !== undefined && value !== null && value !== false;
}

/** ActiveSupport's `present?`: not nil/false, not a whitespace-only string, not an empty list or hash. */
export function present(value: ParamValue | undefined): boolean {
  if (!truthy(value)) return false;
  if (typeof value === 'string') return !/^\s*$/.test(value);
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return true;
}

/**
 * Ruby's `Integer(value)`, or undefined where it raises: integers pass, floats truncate, strings may have
 * surrounding whitespace, a sign, underscores between digits and the 0x / 0b / 0o / 0 (octal) prefixes.
 */
export function rubyInteger(value: ParamValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*([+-]?)(0x[0-9a-f]+(?:_[0-9a-f]+)*|0b[01]+(?:_[01]+)*|0o?[0-7]+(?:_[0-7]+)*|[1-9]\d*(?:_\d+)*|0)\s*$/i.exec(value);
  if (match === null) return undefined;
  const [, sign, digits] = match as unknown as [string, string, string];
  const clean = digits.replace(/_/g, '').toLowerCase();
  const magnitude =
    clean.startsWith('0x') ? parseInt(clean.slice(2), 16)
    : clean.startsWith('0b') ? parseInt(clean.slice(2), 2)
    : clean.startsWith('0o') ? parseInt(clean.slice(2), 8)
    : clean.length > 1 && clean.startsWith('0') ? parseInt(clean.slice(1), 8)
    : parseInt(clean, 10);
  return sign === '-' ? -magnitude : magnitude;
}

/** How Mongoid stores a value in a String field (`to_s`); JSON lists and objects as JSON [inferred: Ruby would print its inspect form]. */
export function stringField(value: ParamValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** `get_bool` for `nolinks`: true/false (any case) or a JSON boolean; undefined for anything else (a 422). */
export function rubyBool(value: ParamValue | undefined): boolean | undefined {
  if (!truthy(value)) return false;
  if (value === true) return true;
  if (typeof value === 'string' && value.toUpperCase() === 'TRUE') return true;
  if (typeof value === 'string' && value.toUpperCase() === 'FALSE') return false;
  return undefined;
}
