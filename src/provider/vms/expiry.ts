// The VMS `expiry_date` grammar (platform-apis.md §B.4), for validating at plan time without an API call:
// a whole number followed by exactly one unit letter. Case matters where the docs say so:
//   Y  year (365 days)          M  month (30 days)       m  minute
//   w W  week    d D  day    h H  hour    s S  second
// Lower-case `y`, fractions, signs, spaces, zero and anything else are refused [inferred for `y` and zero].
// The duration counts from the token's creation, on create and on modify alike.

export type ExpiryUnit = 'Y' | 'M' | 'w' | 'W' | 'd' | 'D' | 'h' | 'H' | 'm' | 's' | 'S';
export type ExpiryUnitName = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

interface UnitFacts {
  readonly name: ExpiryUnitName;
  readonly seconds: number;
}

const DAY = 86_400;

export const EXPIRY_UNITS: Readonly<Record<ExpiryUnit, UnitFacts>> = {
  Y: { name: 'year', seconds: 365 * DAY },
  M: { name: 'month', seconds: 30 * DAY },
  w: { name: 'week', seconds: 7 * DAY },
  W: { name: 'week', seconds: 7 * DAY },
  d: { name: 'day', seconds: DAY },
  D: { name: 'day', seconds: DAY },
  h: { name: 'hour', seconds: 3_600 },
  H: { name: 'hour', seconds: 3_600 },
  m: { name: 'minute', seconds: 60 },
  s: { name: 'second', seconds: 1 },
  S: { name: 'second', seconds: 1 },
};

/** A valid expiry duration. */
export interface VmsExpiry {
  /** As written, e.g. `180D`; what the API is sent. */
  readonly text: string;
  readonly amount: number;
  readonly unit: ExpiryUnit;
  readonly unitName: ExpiryUnitName;
  /** The whole duration in seconds (a year is 365 days, a month 30). */
  readonly seconds: number;
}

export type ExpiryParseResult = { readonly ok: true; readonly expiry: VmsExpiry } | { readonly ok: false; readonly reason: string };

const UNIT_HELP = 'Y (years), M (months), w or W (weeks), d or D (days), h or H (hours), m (minutes), s or S (seconds)';
const FORM_HELP = `a whole number followed by one unit letter, e.g. 180D, 1Y, 24M or 5m; units: ${UNIT_HELP}`;

function isUnit(letter: string): letter is ExpiryUnit {
  return Object.hasOwn(EXPIRY_UNITS, letter);
}

/** Reads an expiry; a refusal says what is wrong and what is expected. */
export function parseExpiry(text: string): ExpiryParseResult {
  const refuse = (why: string): ExpiryParseResult => ({ ok: false, reason: `${JSON.stringify(text)} is not a VMS expiry: ${why}; expected ${FORM_HELP}` });
  if (text === '') return refuse('it is empty');
  if (/\s/.test(text)) return refuse('it contains spaces');
  const match = /^(\d*)(.*)$/s.exec(text)!;
  const digits = match[1]!;
  const rest = match[2]!;
  if (/^[+-]/.test(text)) return refuse('the number must be whole and unsigned');
  if (/^[.,]\d/.test(rest)) return refuse('the number must be whole (no fractions)');
  if (rest === 'y') return refuse('years are an upper-case "Y" (lower-case "y" is not a unit)');
  if (digits === '') return refuse('it has no number before the unit');
  if (rest === '') return refuse('it has no unit letter after the number');
  if (rest.length > 1) return refuse(`"${rest}" is not a unit (a unit is one letter, after one number)`);
  if (!isUnit(rest)) return refuse(`"${rest}" is not a unit`);
  const amount = Number(digits);
  if (amount === 0) return refuse('the duration must be greater than zero');
  const facts = EXPIRY_UNITS[rest];
  const seconds = amount * facts.seconds;
  if (!Number.isSafeInteger(seconds)) return refuse('the number is too large');
  return { ok: true, expiry: { text, amount, unit: rest, unitName: facts.name, seconds } };
}

/** The expiry, or throws a RangeError with the refusal's reason. */
export function expiryOrThrow(text: string): VmsExpiry {
  const parsed = parseExpiry(text);
  if (!parsed.ok) throw new RangeError(parsed.reason);
  return parsed.expiry;
}

/** When a token created at `created` expires with this duration: creation + duration (not now + duration). */
export function expiryDateFrom(created: string | Date, expiry: VmsExpiry): Date {
  const createdMs = typeof created === 'string' ? Date.parse(created) : created.getTime();
  return new Date(createdMs + expiry.seconds * 1000);
}

/** For people: `180D` → "180 days". */
export function describeExpiry(expiry: VmsExpiry): string {
  return `${expiry.amount} ${expiry.unitName}${expiry.amount === 1 ? '' : 's'}`;
}
