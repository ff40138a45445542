// A duration in Go syntax, as `renew_before` takes it ("72h"): when the token expires within it, the plan
// replaces it. Days are written as hours, Go having no day unit.
import { unresolved, type SelfChecking } from './synth-check';

const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;

export class Duration implements SelfChecking {
  static days(n: number): Duration {
    return Duration.amount(n, 24, 'days');
  }
  static hours(n: number): Duration {
    return Duration.amount(n, 1, 'hours');
  }
  /** A Go duration string ("72h", "1h30m"), or a reference known only at apply. */
  static of(text: string): Duration {
    const ok = unresolved(text) || (GO_DURATION.test(text) && /[1-9]/.test(text));
    return new Duration(text, ok ? undefined : `duration ${JSON.stringify(text)} is not a positive Go duration such as "72h" or "1h30m"`);
  }

  private static amount(n: number, hoursPerUnit: number, unit: string): Duration {
    const ok = Number.isSafeInteger(n) && n > 0;
    return new Duration(`${n * hoursPerUnit}h`, ok ? undefined : `Duration.${unit}(${n}): a whole number of ${unit} above zero`);
  }

  private constructor(
    readonly text: string,
    readonly problem: string | undefined,
  ) {}

  toString(): string {
    return this.text;
  }
}
