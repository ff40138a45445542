// The Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3), as milliseconds to wait.

/** Milliseconds from `nowMs`, never negative; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the date forms HTTP allows (IMF-fixdate and the obsolete ones all name a weekday and "GMT").
  if (!/GMT$/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
