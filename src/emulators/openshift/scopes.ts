// The broker's scope catalog: every scope a create accepts, which of them `/api` advertises, and how the
// ADD_AUTHORIZATION `scope` parameter describes them. Descriptions are in our words [inferred: the
// broker's own texts were not copied]; names, order and the "Valid for …" wording are the broker's.
import { timeoutFor, type ScopeTimeouts } from './scope-timeouts';

/** How a scope is spelled: a fixed word, or `domain/<id>/<level>` / `application/<id>/<level>`. */
export type ScopeKind = 'simple' | 'domain' | 'application';

export interface ScopeDefinition {
  /** As the broker names it; parameterized scopes spell the id as `:id` (also the timeouts key). */
  readonly name: string;
  readonly kind: ScopeKind;
  /** For parameterized scopes: the level after the id (`view`, `edit`, `admin`, `scale`, …). */
  readonly level?: string;
  readonly description: string;
  /** Accepted on create but left out of `/api` (`sso`, `oauthaccesstoken`, `application/:id/scale`, …). */
  readonly hidden: boolean;
}

const simple = (name: string, description: string, hidden = false): ScopeDefinition => ({ name, kind: 'simple', description, hidden });
const domain = (level: string, description: string): ScopeDefinition => ({ name: `domain/:id/${level}`, kind: 'domain', level, description, hidden: false });
const application = (level: string, description: string, hidden = false): ScopeDefinition => ({
  name: `application/:id/${level}`,
  kind: 'application',
  level,
  description,
  hidden,
});

/**
 * Every scope the shipped broker accepts, in the order it lists them: the simple scopes in broker.conf
 * order, then domain and application levels (also the order of the 422 "Valid scopes are …" sentence).
 */
export const SCOPE_CATALOG: readonly ScopeDefinition[] = [
  simple('session', 'Full access to the account, as the user logged in.'),
  simple('read', "Read-only access to the user's domains, applications and account; authorizations stay hidden."),
  simple('userinfo', "Read access to the user's login, id and capabilities only."),
  // Internal markers: the broker accepts them but describes neither.
  simple('sso', 'Marks a token to delete at logout.', true),
  simple('oauthaccesstoken', 'Exchanges an OAuth code for an access token.', true),
  domain('view', 'Read access to one domain.'),
  domain('edit', "Change one domain's applications."),
  domain('admin', 'Full control of one domain and its applications.'),
  application('view', 'Read access to one application.'),
  // Hidden levels: valid in a scope string, never advertised.
  application('scale', 'Scale one application.', true),
  application('edit', 'Change one application.'),
  application('admin', 'Full control of one application.'),
  application('report_deployments', "Report one application's deployments.", true),
];

export const ADVERTISED_SCOPES: readonly ScopeDefinition[] = SCOPE_CATALOG.filter((s) => !s.hidden);

/** The scope used when a create asks for none (`userinfo` in every shipped broker.conf). */
export const DEFAULT_SCOPE = 'userinfo';

/** The ADD_AUTHORIZATION `scope` parameter's description: one bullet per scope, as rhc parses it. */
export function scopeParameterDescription(timeouts: ScopeTimeouts, scopes: readonly ScopeDefinition[] = ADVERTISED_SCOPES): string {
  const bullets = scopes.map((s) => `*  ${s.name}\n   ${s.description} Valid for ${distanceOfTime(timeoutFor(timeouts, s.name).defaultSeconds)}.`);
  return `Select one or more scopes that this authorization will grant access to:\n\n${bullets.join('\n')}`;
}

/** The advertised names as Rails' `to_sentence` joins them: "a, b, and c". */
export function toSentence(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0]} and ${words[1]}`;
  return `${words.slice(0, -1).join(', ')}, and ${words[words.length - 1]}`;
}

/** The 422 text for a scope the broker does not know. */
export function invalidScopesMessage(): string {
  return `One or more of the scopes you provided are not allowed. Valid scopes are ${toSentence(ADVERTISED_SCOPES.map((s) => s.name))}.`;
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
