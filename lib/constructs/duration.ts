// A duration in Go syntax, as `renew_before` takes it ("72h"): when the token expires within it, the plan
// replaces it. Days are written as hours, Go having no day unit. Also the unit of an OpenShift token's
// lifetime (`expires_in`, sent in seconds).
import { unresolved, type SelfChecking } from './synth-check';

const TERM = /([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h)/g;
const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;
const UNIT_SECONDS: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

export class Duration implements SelfChecking {
  static days(n: number): Duration {
    return Duration.amount(n, 24, 'days');
  }
  static hours(n: number): Duration {
    return Duration.amount(n, 1, 'hours');
  }
  static minutes(n: number): Duration {
    const ok = Number.isSafeInteger(n) && n > 0;
    return new Duration(`${n}m`, ok ? n * 60 : undefined, ok ? undefined : `Duration.minutes(${n}): a whole number of minutes above zero`);
  }
  /** A Go duration string ("72h", "1h30m"), or a reference known only at apply. */
  static of(text: string): Duration {
    if (unresolved(text)) return new Duration(text, undefined, undefined);
    const ok = GO_DURATION.test(text) && /[1-9]/.test(text);
    const seconds = ok ? [...text.matchAll(TERM)].reduce((sum, m) => sum + Number(m[1]) * UNIT_SECONDS[m[2]!]!, 0) : undefined;
    return new Duration(text, seconds, ok ? undefined : `duration ${JSON.stringify(text)} is not a positive Go duration such as "72h" or "1h30m"`);
  }

  private static amount(n: number, hoursPerUnit: number, unit: string): Duration {
    const ok = Number.isSafeInteger(n) && n > 0;
    return new Duration(`${n * hoursPerUnit}h`, ok ? n * hoursPerUnit * 3600 : undefined, ok ? undefined : `Duration.${unit}(${n}): a whole number of ${unit} above zero`);
  }

  private constructor(
    /** As Terraform is given it, e.g. "72h". */
    readonly text: string,
    /** The length in seconds; undefined when it is not known until apply, or wrong. */
    readonly inSeconds: number | undefined,
    readonly problem: string | undefined,
  ) {}

  toString(): string {
    return this.text;
  }
}
