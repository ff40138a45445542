// The plan-time check on `renew_before`: a positive Go duration.
import type { Validator } from '../../framework';
import { parseGoDuration } from './go-duration';

export const positiveDuration: Validator<string> = {
  description: 'must be a positive duration in Go syntax, such as "72h", "30m" or "1h30m"',
  validate(value, report) {
    const parsed = parseGoDuration(value);
    if (!parsed.ok) report.error('Invalid Duration', `The value ${JSON.stringify(value)} ${parsed.reason}: give a duration such as "72h", "30m" or "1h30m".`);
    else if (parsed.ms <= 0) report.error('Invalid Duration', `The value ${JSON.stringify(value)} must be longer than zero.`);
  },
};
