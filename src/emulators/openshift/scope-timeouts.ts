// How long an authorization lives, per scope: a default (used when a create gives no valid
// `expires_in`) and a maximum. The broker reads them from broker.conf `AUTH_SCOPE_TIMEOUTS`
// ("session=1.days|7.days, *=1.months|6.months"), keyed by the scope's canonical name, `*` for the rest.
// The API exposes only the defaults (in words), so the emulator makes both settable.

export interface ScopeTimeout {
  readonly defaultSeconds: number;
  readonly maximumSeconds: number;
}

/** Keys: a scope name as the catalog spells it (`session`, `domain/:id/view`) or `*` for every other scope. */
export type ScopeTimeouts = Readonly<Record<string, ScopeTimeout>>;

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY; // Rails 1.month in seconds
const YEAR = 365.25 * DAY; // Rails 1.year in seconds

/** broker.conf as shipped. */
export const SHIPPED_AUTH_SCOPE_TIMEOUTS = 'session=1.days|7.days, sso=1.days|7.days, oauthaccesstoken=10.minutes|10.minutes, *=1.months|6.months';

export const SHIPPED_SCOPE_TIMEOUTS: ScopeTimeouts = parseAuthScopeTimeouts(SHIPPED_AUTH_SCOPE_TIMEOUTS);

/** The timeout of one scope: its own entry, else `*`. */
export function timeoutFor(timeouts: ScopeTimeouts, scopeName: string): ScopeTimeout {
  const own = Object.hasOwn(timeouts, scopeName) ? timeouts[scopeName] : undefined;
  return own ?? timeouts['*'] ?? { defaultSeconds: DAY, maximumSeconds: DAY };
}

/** A multi-scope token gets the smallest default and the smallest maximum of its scopes. */
export function timeoutForAll(timeouts: ScopeTimeouts, scopeNames: readonly string[]): ScopeTimeout {
  const each = scopeNames.map((name) => timeoutFor(timeouts, name));
  return {
    defaultSeconds: Math.min(...each.map((t) => t.defaultSeconds)),
    maximumSeconds: Math.min(...each.map((t) => t.maximumSeconds)),
  };
}

/**
 * Reads the broker.conf syntax: comma-separated `scope=default|maximum` pairs (one value means both),
 * durations as `<n>.<unit>` (seconds … years, Rails units) or plain seconds. As in the broker, `*` is
 * 1 day|1 day unless given. Throws on anything else (the broker would `eval` it; we do not).
 */
export function parseAuthScopeTimeouts(text: string): ScopeTimeouts {
  const timeouts: Record<string, ScopeTimeout> = { '*': { defaultSeconds: DAY, maximumSeconds: DAY } };
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const [key, range, extra] = pair.split('=').map((s) => s.trim());
    if (key === undefined || key === '' || range === undefined || extra !== undefined) throw new Error(`"${pair.trim()}" is not scope=default|maximum`);
    const values = range.split('|').map((s) => parseRubyDuration(s.trim()));
    if (values.length > 2) throw new Error(`"${pair.trim()}" has more than default|maximum`);
    timeouts[key] = { defaultSeconds: values[0]!, maximumSeconds: values[values.length - 1]! };
  }
  return timeouts;
}

/** `30`, `10.minutes`, `1.day`, `6.months`… in seconds (Rails: a month is 30 days, a year 365.25). */
export function parseRubyDuration(text: string): number {
  const match = /^(\d+)(?:\.(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?))?$/.exec(text);
  if (match === null) throw new Error(`"${text}" is not a duration like 30, 10.minutes or 1.day`);
  const unit = (match[2] ?? 'seconds').replace(/s$/, '');
  const factor: Record<string, number> = { second: 1, minute: MINUTE, hour: HOUR, day: DAY, week: 7 * DAY, fortnight: 14 * DAY, month: MONTH, year: YEAR };
  return Math.round(Number(match[1]) * factor[unit]!);
}

/** Checks timeouts that came in as JSON; the reason they are invalid, or undefined. */
export function invalidScopeTimeouts(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'scope timeouts must be an object of {"defaultSeconds", "maximumSeconds"} by scope name';
  for (const [key, value] of Object.entries(input)) {
    const timeout = value as Partial<ScopeTimeout> | null;
    const valid = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
    if (typeof timeout !== 'object' || timeout === null || !valid(timeout.defaultSeconds) || !valid(timeout.maximumSeconds)) {
      return `"${key}" needs integer "defaultSeconds" and "maximumSeconds" >= 0`;
    }
  }
  return undefined;
}
