// A VMS token lifetime in the VMS `expiry` grammar: a whole number and one unit letter, counted from the
// token's creation. `Expiry.days(180)` is "180D". Checked when the app synthesizes, not when written, so a
// stack reports every bad value at once, each with the path of its construct.
import { unresolved, type SelfChecking } from './synth-check';

const UNITS = { years: 'Y', months: 'M', weeks: 'W', days: 'D', hours: 'H', minutes: 'm', seconds: 'S' } as const;
const GRAMMAR = /^([1-9][0-9]*)([YMwWdDhHmsS])$/;
// As the VMS counts them: a year is 365 days, a month 30.
const UNIT_SECONDS: Readonly<Record<string, number>> = { Y: 365 * 86_400, M: 30 * 86_400, w: 7 * 86_400, W: 7 * 86_400, d: 86_400, D: 86_400, h: 3600, H: 3600, m: 60, s: 1, S: 1 };
const HELP = 'a whole number above zero and one unit letter: Y (years), M (months), w/W (weeks), d/D (days), h/H (hours), m (minutes), s/S (seconds), e.g. "180D"';

export class Expiry implements SelfChecking {
  static years(n: number): Expiry {
    return Expiry.amount(n, 'years');
  }
  static months(n: number): Expiry {
    return Expiry.amount(n, 'months');
  }
  static weeks(n: number): Expiry {
    return Expiry.amount(n, 'weeks');
  }
  static days(n: number): Expiry {
    return Expiry.amount(n, 'days');
  }
  static hours(n: number): Expiry {
    return Expiry.amount(n, 'hours');
  }
  static minutes(n: number): Expiry {
    return Expiry.amount(n, 'minutes');
  }
  static seconds(n: number): Expiry {
    return Expiry.amount(n, 'seconds');
  }
  /** An expiry written in the VMS grammar ("180D", "1Y"), or a reference known only at apply. */
  static of(text: string): Expiry {
    if (unresolved(text)) return new Expiry(text, undefined, undefined);
    const m = GRAMMAR.exec(text);
    return m === null
      ? new Expiry(text, undefined, `expiry ${JSON.stringify(text)} is not in the VMS grammar: expected ${HELP}`)
      : new Expiry(text, Number(m[1]) * UNIT_SECONDS[m[2]!]!, undefined);
  }

  private static amount(n: number, unit: keyof typeof UNITS): Expiry {
    const ok = Number.isSafeInteger(n) && n > 0;
    const text = `${n}${UNITS[unit]}`;
    return new Expiry(text, ok ? n * UNIT_SECONDS[UNITS[unit]]! : undefined, ok ? undefined : `Expiry.${unit}(${n}): the VMS counts whole ${unit} above zero`);
  }

  private constructor(
    /** What the VMS is sent, e.g. "180D". */
    readonly text: string,
    /** The lifetime in seconds; undefined when it is not known until apply, or wrong. */
    readonly inSeconds: number | undefined,
    readonly problem: string | undefined,
  ) {}

  toString(): string {
    return this.text;
  }
}

