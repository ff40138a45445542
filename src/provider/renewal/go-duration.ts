// Durations in Go's syntax, as Terraform's own `timeouts` blocks take them: "72h", "30m", "1h30m",
// "1.5h", "90s", "500ms". Sign and "0" are accepted as Go does; callers refuse what they cannot use.
const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const TERM = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;

export type DurationParse = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly reason: string };

export function parseGoDuration(text: string): DurationParse {
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, ms: 0 };
  if (s === '') return { ok: false, reason: 'is empty' };
  let ms = 0;
  let at = 0;
  while (at < s.length) {
    TERM.lastIndex = at;
    const m = TERM.exec(s);
    if (m === null) {
      return { ok: false, reason: /^\d+(\.\d*)?$/.test(s.slice(at)) ? `lacks a unit after ${JSON.stringify(s.slice(at))} (use h, m, s, ms, us or ns)` : `is not a duration like "72h", "30m" or "1h30m"` };
    }
    ms += Number(m[1]) * UNIT_MS[m[2]!]!;
    at = TERM.lastIndex;
  }
  return { ok: true, ms: sign * ms };
}

/** "72h", "1h30m", "45s": a readable form for messages (whole seconds). */
export function formatDuration(ms: number): string {
  let seconds = Math.max(0, Math.round(ms / 1000));
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].filter(Boolean);
  return parts.length === 0 ? '0s' : parts.join('');
}
