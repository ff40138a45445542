// Builds CC's `q` for a filter on label and provider: `label:<l>`, `label IN <a>,<b>`, joined with `;`.
// CC splits `q` at `;` and an IN list at `,`, so a value holding them cannot be sent; such a condition is
// left out of `q` and applied by the client instead. The client applies every condition itself as well,
// so the answer is exact whatever the platform's matching.
import type { ServiceAuthTokenEntity } from './als-models';

export interface ServiceAuthTokenFilter {
  /** One label, or any of several. Whitespace around it is ignored (CC strips it on write). */
  readonly label?: string | readonly string[];
  /** One provider, or any of several. */
  readonly provider?: string | readonly string[];
}

export interface ServiceAuthTokenQuery {
  /** The `q` parameter, when any condition can go to the platform. */
  readonly q?: string;
  /** True when the filter can match nothing (an empty list), so no call is needed. */
  readonly matchesNothing: boolean;
  readonly matches: (entity: ServiceAuthTokenEntity) => boolean;
}

export function serviceAuthTokenQuery(filter: ServiceAuthTokenFilter): ServiceAuthTokenQuery {
  const conditions: string[] = [];
  const tests: ((entity: ServiceAuthTokenEntity) => boolean)[] = [];
  let matchesNothing = false;
  for (const key of ['label', 'provider'] as const) {
    const given = filter[key];
    if (given === undefined) continue;
    const values = [...new Set((typeof given === 'string' ? [given] : given).map((v) => v.trim()))];
    if (values.length === 0) matchesNothing = true;
    tests.push((entity) => values.includes(entity[key]));
    const condition = values.length === 1 ? `${key}:${values[0]}` : `${key} IN ${values.join(',')}`;
    const sendable = values.length > 0 && values.every((v) => !v.includes(';') && (values.length === 1 || !v.includes(',')));
    if (sendable) conditions.push(condition);
  }
  return {
    ...(conditions.length === 0 ? {} : { q: conditions.join(';') }),
    matchesNothing,
    matches: (entity) => tests.every((test) => test(entity)),
  };
}
