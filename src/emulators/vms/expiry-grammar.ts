// The VMS `expiry_date` write grammar, as the emulator judges it: a whole number followed by one unit
// letter (OpenAPI description + KB). Kept apart from the client's parser on purpose, so the contract tests
// compare two readings of the docs instead of one implementation with itself.

const SECONDS_PER_UNIT: Readonly<Record<string, number>> = {
  Y: 365 * 86_400, // a year is 365 days
  M: 30 * 86_400, // upper-case M is a month of 30 days
  w: 7 * 86_400,
  W: 7 * 86_400,
  d: 86_400,
  D: 86_400,
  h: 3_600,
  H: 3_600,
  m: 60, // lower-case m is a minute
  s: 1,
  S: 1,
};

/** Seconds of the duration, or the reason it is refused. */
export function expirySeconds(text: string): { ok: true; seconds: number } | { ok: false; reason: string } {
  // [inferred] Lower-case `y`, fractions, signs, spaces and zero are undocumented: refused.
  const match = /^(\d+)([A-Za-z])$/.exec(text);
  if (match === null) return { ok: false, reason: `Invalid expiry_date "${text}": expected a whole number followed by one of Y M w W d D h H m s S, e.g. 180D` };
  const unit = match[2]!;
  const perUnit = SECONDS_PER_UNIT[unit];
  if (perUnit === undefined) return { ok: false, reason: `Invalid expiry_date "${text}": unknown unit "${unit}" (use one of Y M w W d D h H m s S)` };
  const amount = Number(match[1]);
  if (amount === 0) return { ok: false, reason: `Invalid expiry_date "${text}": the duration must be greater than zero` };
  return { ok: true, seconds: amount * perUnit };
}
