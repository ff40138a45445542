// What the `expiry` attributes share: the grammar checked at plan (no API call), and "the same duration
// spelled differently is no change" (state keeps its spelling; Terraform accepts the prior value while
// the configuration is set).
import type { PlanModifier, Validator } from '../../framework';
import { parseExpiry } from './expiry';
import { sameDuration } from './token-lifetime';

export const vmsExpiry: Validator<string> = {
  description: 'must be a whole number followed by one unit letter: Y (years), M (months), w or W (weeks), d or D (days), h or H (hours), m (minutes), s or S (seconds)',
  validate(value, report) {
    const parsed = parseExpiry(value);
    if (!parsed.ok) report.error('Invalid VMS Expiry', `${parsed.reason}.`);
  },
};

export const sameDurationIsNoChange: PlanModifier<string> = {
  description: 'A value of the same length as the one in state (for example 720h for 30D) changes nothing.',
  modify({ config, prior }) {
    if (typeof config === 'string' && typeof prior === 'string' && config !== prior && sameDuration(config, prior)) return { planned: prior };
    return undefined;
  },
};
