// How long a token of a given scope may live, as far as the provider can know before it creates one.
// The broker keeps a default and a maximum per scope (broker.conf AUTH_SCOPE_TIMEOUTS) and gives a new
// token its scope set's default whenever `expires_in` is negative or over the maximum: it never refuses,
// it clamps. What it publishes (`GET /broker/rest/api`, no credentials) is only the default, in words.
// The maximum is published nowhere, so the provider takes the maximum of broker.conf as shipped (session
// 7 days, every other scope 6 months), raised to the advertised default where that is longer (a broker
// never clamps a value at or under its default). A broker whose administrator lowered a maximum is
// caught after the create: the answer's lifetime differs from the request (see add-authorization.ts).
import type { BrokerApi } from './api-discovery';
import { scopeItems } from './scopes';

const DAY = 86_400;
const MONTH = 30 * DAY; // Rails' 1.month

/** broker.conf as shipped: `session=1.days|7.days, sso=1.days|7.days, oauthaccesstoken=10.minutes|10.minutes, *=1.months|6.months`. */
const SHIPPED: Readonly<Record<string, { readonly defaultSeconds: number; readonly maximumSeconds: number }>> = {
  session: { defaultSeconds: DAY, maximumSeconds: 7 * DAY },
  sso: { defaultSeconds: DAY, maximumSeconds: 7 * DAY },
  oauthaccesstoken: { defaultSeconds: 600, maximumSeconds: 600 },
  '*': { defaultSeconds: MONTH, maximumSeconds: 6 * MONTH },
};

export interface ScopeLifetime {
  /** The lifetime a token gets without (or with an out-of-range) `expires_in`, as the broker advertises it; approximate. */
  readonly defaultSeconds?: number;
  /** The longest `expires_in` the provider lets a token ask for (see the file comment for where it comes from). */
  readonly maximumSeconds: number;
}

/** A scope's name in the broker's catalog: `domain/<id>/view` is `domain/:id/view`. */
export function catalogName(scope: string): string {
  return scope.replace(/^(domain|application)\/[^/]+\/(\w+)$/, '$1/:id/$2');
}

/** What is known of one scope's lifetimes, from the broker's advertised default and the shipped maximum. */
export function scopeLifetime(scope: string, api: BrokerApi | undefined): ScopeLifetime {
  const name = catalogName(scope);
  const shipped = SHIPPED[name] ?? SHIPPED['*']!;
  const advertised = api?.scopes.find((s) => s.name === name)?.default_validity_seconds;
  return {
    ...(advertised === undefined ? {} : { defaultSeconds: advertised }),
    maximumSeconds: Math.max(shipped.maximumSeconds, advertised ?? 0),
  };
}

/** A token of several scopes gets the smallest default and the smallest maximum among them. */
export function scopeSetLifetime(scopes: readonly string[], api: BrokerApi | undefined): ScopeLifetime & { readonly limitingScope: string } {
  const each = scopes.flatMap(scopeItems).map((scope) => ({ scope, ...scopeLifetime(scope, api) }));
  if (each.length === 0) throw new Error('a scope set needs at least one scope');
  const limiting = each.reduce((a, b) => (b.maximumSeconds < a.maximumSeconds ? b : a));
  const defaults = each.flatMap((e) => (e.defaultSeconds === undefined ? [] : [e.defaultSeconds]));
  return {
    maximumSeconds: limiting.maximumSeconds,
    limitingScope: limiting.scope,
    ...(defaults.length === each.length ? { defaultSeconds: Math.min(...defaults) } : {}),
  };
}
