// The broker's scopes, with their default and maximum lifetimes (broker.conf AUTH_SCOPE_TIMEOUTS as
// shipped: session 1 day | 7 days, everything else 1 month | 6 months). Descriptions are in our words
// [inferred: the broker's own texts were not copied].

export interface ScopeDefinition {
  /** As advertised; parameterized scopes spell the id as `:id`. */
  readonly name: string;
  readonly description: string;
  readonly defaultSeconds: number;
  readonly maximumSeconds: number;
}

const DAY = 86_400;
const MONTH = 30 * DAY; // Rails 1.month
const GENERAL = { defaultSeconds: MONTH, maximumSeconds: 6 * MONTH };

/** In the order the broker lists them (also the order of the 422 "Valid scopes are …" sentence). */
export const ADVERTISED_SCOPES: readonly ScopeDefinition[] = [
  { name: 'session', description: 'Full access to the account, as the user logged in.', defaultSeconds: DAY, maximumSeconds: 7 * DAY },
  { name: 'read', description: 'Read-only access to the user\'s domains, applications and account; nothing can be changed.', ...GENERAL },
  { name: 'userinfo', description: 'Read access to the user\'s login and account details only.', ...GENERAL },
  { name: 'domain/:id/view', description: 'Read access to one domain and its applications.', ...GENERAL },
  { name: 'domain/:id/edit', description: 'Change one domain\'s applications (create, scale, deploy, delete).', ...GENERAL },
  { name: 'domain/:id/admin', description: 'Full control of one domain, including its members.', ...GENERAL },
  { name: 'application/:id/view', description: 'Read access to one application.', ...GENERAL },
  { name: 'application/:id/edit', description: 'Change one application (deploy, start, stop, scale).', ...GENERAL },
  { name: 'application/:id/admin', description: 'Full control of one application, including deleting it.', ...GENERAL },
];

/** The scope used when a create asks for none (`userinfo` in every shipped broker.conf). */
export const DEFAULT_SCOPE = 'userinfo';

/** The ADD_AUTHORIZATION `scope` parameter's description: one bullet per scope, as rhc parses it. */
export function scopeParameterDescription(scopes: readonly ScopeDefinition[] = ADVERTISED_SCOPES): string {
  const bullets = scopes.map((s) => `*  ${s.name}\n   ${s.description} Valid for ${distanceOfTime(s.defaultSeconds)}.`);
  return `Select one or more scopes that this authorization will grant access to:\n\n${bullets.join('\n')}`;
}

/** A duration in words, as Rails' distance_of_time_in_words puts it ("1 day", "about 1 month", "6 months"). */
export function distanceOfTime(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 45) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  if (minutes < 90) return 'about 1 hour';
  if (minutes < 1440) return `about ${Math.round(minutes / 60)} hours`;
  if (minutes < 2520) return '1 day';
  if (minutes < 43_200) return `${Math.round(minutes / 1440)} days`;
  if (minutes < 86_400) return `about ${Math.round(minutes / 43_200)} month${Math.round(minutes / 43_200) === 1 ? '' : 's'}`;
  if (minutes < 525_600) return `${Math.round(minutes / 43_200)} months`;
  const years = Math.floor(minutes / 525_600);
  return `about ${years} year${years === 1 ? '' : 's'}`;
}
