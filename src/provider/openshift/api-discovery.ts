// What `GET /broker/rest/api` tells about authorizations: whether the broker has them (the
// ADD_AUTHORIZATION link, as rhc checks), and its scopes with their description and default validity,
// read from the bullet list in the link's `scope` parameter description:
//   *  session
//      <description> Valid for 1 day.
// The broker publishes the default only in words (Rails' distance_of_time_in_words), so the seconds
// derived from them are approximate.
import type { BrokerLink, BrokerOptionalParam } from './authorization-models';

export interface ScopeDescription {
  /** As advertised; parameterized scopes spell the id `:id` (`domain/:id/view`). */
  readonly name: string;
  readonly description: string;
  /** The broker's words, e.g. `1 day`, `about 1 month`; undefined when the description has none. */
  readonly default_validity?: string;
  /** Those words in seconds, approximately (`about 1 month` → 2 592 000). */
  readonly default_validity_seconds?: number;
  readonly parameterized: boolean;
}

export interface BrokerApi {
  /** The version the broker answered with. */
  readonly version: string;
  readonly supported_api_versions: readonly number[];
  readonly links: Readonly<Record<string, BrokerLink>>;
  /** The broker has authorization tokens (ADD_AUTHORIZATION is linked; API ≥ 1.2). */
  readonly supports_authorizations: boolean;
  /** Advertised scopes; empty without ADD_AUTHORIZATION. */
  readonly scopes: readonly ScopeDescription[];
  /** The scope a create without one gets (the `scope` parameter's default). */
  readonly default_scope?: string;
  /** The `expires_in` parameter's default (-1: the scope's default lifetime). */
  readonly default_expires_in?: number;
}

export function readBrokerApi(data: unknown, version: string, supported: readonly number[]): BrokerApi {
  const links = (typeof data === 'object' && data !== null ? data : {}) as Record<string, BrokerLink>;
  const add = links['ADD_AUTHORIZATION'];
  const param = (name: string): BrokerOptionalParam | undefined => add?.optional_params?.find((p) => p.name === name);
  const scope = param('scope');
  const expiresIn = param('expires_in')?.default_value;
  return {
    version,
    supported_api_versions: supported,
    links,
    supports_authorizations: add !== undefined,
    scopes: typeof scope?.description === 'string' ? parseScopeDescriptions(scope.description) : [],
    ...(typeof scope?.default_value === 'string' ? { default_scope: scope.default_value } : {}),
    ...(typeof expiresIn === 'number' ? { default_expires_in: expiresIn } : {}),
  };
}

/** The bullet list: a `*` line with the name, then the description line ending in "Valid for <words>.". */
export function parseScopeDescriptions(text: string): ScopeDescription[] {
  const lines = text.split('\n');
  const scopes: ScopeDescription[] = [];
  for (const [index, line] of lines.entries()) {
    const bullet = /^\*\s*(\S+)\s*$/.exec(line);
    if (bullet === null) continue;
    const name = bullet[1]!;
    const next = lines[index + 1]?.trim() ?? '';
    const validity = /^(.*?)\s*Valid for (.+?)\.$/.exec(next);
    const words = validity?.[2];
    const seconds = words === undefined ? undefined : approximateSeconds(words);
    scopes.push({
      name,
      description: validity === null ? next : validity[1]!,
      ...(words === undefined ? {} : { default_validity: words }),
      ...(seconds === undefined ? {} : { default_validity_seconds: seconds }),
      parameterized: name.includes(':'),
    });
  }
  return scopes;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  month: 2_592_000, // Rails: 30 days
  year: 31_557_600, // Rails: 365.25 days
};

/** `1 day`, `about 1 month`, `6 months`, `less than a minute` … in seconds; undefined for other words. */
export function approximateSeconds(words: string): number | undefined {
  if (/^less than a minute$/.test(words)) return 30;
  const match = /^(?:about |over |almost )?(\d+) (second|minute|hour|day|month|year)s?$/.exec(words);
  return match === null ? undefined : Number(match[1]) * UNIT_SECONDS[match[2]!]!;
}
