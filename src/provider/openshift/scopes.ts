// The broker's scope grammar, checked locally so the provider can reject a bad scope at plan time with
// no API call, in the same words as the broker's 422. The broker splits a scope string on commas and
// whitespace, drops blanks, lower-cases and de-duplicates, then matches each item:
//   session | read | userinfo
//   domain/<id>/(view|edit|admin)         application/<id>/(view|edit|admin)
// with <id> a 24-hex ObjectId. It also accepts scopes it never advertises (`sso`, `oauthaccesstoken`,
// `application/<id>/scale`, `application/<id>/report_deployments`); `domain/<id>/builder` is server-only.

/** As `/api` lists them; also the order of the 422 sentence. */
export const ADVERTISED_SCOPES = [
  'session',
  'read',
  'userinfo',
  'domain/:id/view',
  'domain/:id/edit',
  'domain/:id/admin',
  'application/:id/view',
  'application/:id/edit',
  'application/:id/admin',
] as const;

/** Accepted by the broker, never advertised. */
export const HIDDEN_SCOPES = ['sso', 'oauthaccesstoken', 'application/:id/scale', 'application/:id/report_deployments'] as const;

/** What the broker uses when a create names no scope. */
export const DEFAULT_SCOPE = 'userinfo';

export interface ScopeOptions {
  /** Refuse the scopes the broker accepts but does not advertise. Default false (accept what the broker accepts). */
  readonly advertisedOnly?: boolean;
  /** The names for the error sentence, e.g. from `/api`; default ADVERTISED_SCOPES. */
  readonly advertised?: readonly string[];
}

/** The broker's 422 for a scope it does not accept. */
export interface ScopeProblem {
  readonly message: string;
  readonly exit_code: 1;
  readonly field: 'scopes';
  /** The items that were not accepted (lower-cased, as the broker compared them). */
  readonly rejected: readonly string[];
}

export type ScopeParse =
  | { readonly ok: true; /** As the broker stores and answers it: space-joined. */ readonly scopes: string; readonly list: readonly string[] }
  | { readonly ok: false; readonly problem: ScopeProblem };

const SIMPLE = new Set(['session', 'read', 'userinfo']);
const SIMPLE_HIDDEN = new Set(['sso', 'oauthaccesstoken']);
const PARAMETERIZED = /^(domain|application)\/(\w+)\/(\w+)$/;
const OBJECT_ID = /^[0-9a-f]{24}$/;
const LEVELS: Readonly<Record<string, { advertised: readonly string[]; hidden: readonly string[] }>> = {
  domain: { advertised: ['view', 'edit', 'admin'], hidden: [] },
  application: { advertised: ['view', 'edit', 'admin'], hidden: ['scale', 'report_deployments'] },
};

/** Rails' `to_sentence`: "a, b, and c". */
export function toSentence(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0]} and ${words[1]}`;
  return `${words.slice(0, -1).join(', ')}, and ${words[words.length - 1]}`;
}

export function invalidScopesMessage(advertised: readonly string[] = ADVERTISED_SCOPES): string {
  return `One or more of the scopes you provided are not allowed. Valid scopes are ${toSentence(advertised)}.`;
}

/** The broker's reading of a scope string: split on commas and ASCII whitespace, lower-cased, first occurrence kept. */
export function scopeItems(spec: string): string[] {
  const items = spec
    .split(/[, \t\r\n\f\v]/)
    .filter((s) => s !== '')
    .map(normalizeScope);
  return [...new Set(items)];
}

/** One scope as the broker stores it (ASCII lower-case): config written `Session` comes back `session`. */
export function normalizeScope(item: string): string {
  return item.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Whether the broker accepts one (normalized) item. */
export function isValidScope(item: string, options: ScopeOptions = {}): boolean {
  if (SIMPLE.has(item)) return true;
  if (SIMPLE_HIDDEN.has(item)) return options.advertisedOnly !== true;
  const match = PARAMETERIZED.exec(item);
  if (match === null) return false;
  const [, kind, id, level] = match as unknown as [string, 'domain' | 'application', string, string];
  const levels = LEVELS[kind]!;
  const known = levels.advertised.includes(level) || (options.advertisedOnly !== true && levels.hidden.includes(level));
  return known && OBJECT_ID.test(id);
}

/**
 * A whole scope spec (a string as the broker takes it, or a list of scopes) checked as the broker checks a
 * create: every item must be accepted. An empty spec is fine: the broker then uses DEFAULT_SCOPE.
 */
export function parseScopes(spec: string | readonly string[], options: ScopeOptions = {}): ScopeParse {
  const items = scopeItems(typeof spec === 'string' ? spec : spec.join(' '));
  const rejected = items.filter((item) => !isValidScope(item, options));
  if (rejected.length > 0) return { ok: false, problem: { message: invalidScopesMessage(options.advertised), exit_code: 1, field: 'scopes', rejected } };
  return { ok: true, scopes: items.join(' '), list: items };
}

/**
 * One element of a scope set (the provider's `scopes` attribute): the reason it is not exactly one scope
 * the broker accepts, or undefined.
 */
export function checkScope(element: string, options: ScopeOptions = {}): string | undefined {
  const items = scopeItems(element);
  if (items.length === 0) return 'A scope cannot be empty.';
  if (items.length > 1) return `"${element}" holds ${items.length} scopes; give one scope per element.`;
  return isValidScope(items[0]!, options) ? undefined : invalidScopesMessage(options.advertised);
}

/**
 * The lifetime the broker gives a new token: `expires_in` when 0 ≤ it ≤ the scope set's maximum, else the
 * scope set's default. (For several scopes, default and maximum are the smallest among them.)
 */
export function effectiveExpiresIn(requested: number | undefined, limits: { readonly defaultSeconds: number; readonly maximumSeconds: number }): number {
  // The broker reads the number with Ruby's Integer(), which truncates a fraction.
  const seconds = requested === undefined || !Number.isFinite(requested) ? undefined : Math.trunc(requested);
  return seconds === undefined || seconds < 0 || seconds > limits.maximumSeconds ? limits.defaultSeconds : seconds;
}
