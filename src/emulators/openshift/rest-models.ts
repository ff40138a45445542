// The broker's REST models as JSON: links, an authorization (RestAuthorization) and a user (RestUser).
import { expiresInSeconds, type AuthorizationRecord } from './authorization-records';
import type { StoredUser } from './openshift-state';

export const REST_BASE = '/broker/rest';

export interface RestParam {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly valid_options: readonly unknown[];
  readonly invalid_options: readonly unknown[];
}

export interface RestOptionalParam {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly valid_options: readonly unknown[];
  readonly default_value: unknown;
}

export interface RestLink {
  readonly rel: string;
  readonly method: string;
  /** Absolute. */
  readonly href: string;
  readonly required_params: readonly RestParam[];
  readonly optional_params: readonly RestOptionalParam[];
}

export function restLink(rel: string, method: string, href: string, required: readonly RestParam[] = [], optional: readonly RestOptionalParam[] = []): RestLink {
  return { rel, method, href, required_params: required, optional_params: optional };
}

export function restParam(name: string, type: string, description: string): RestParam {
  return { name, type, description, valid_options: [], invalid_options: [] };
}

/** `https://host/broker/rest` + path. */
export function restHref(baseUrl: string, path: string): string {
  return `${baseUrl}${REST_BASE}${path}`;
}

/** Times as Rails 3 renders them in JSON: to the second, in UTC. */
export function restTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}Z`;
}

export function restAuthorization(auth: AuthorizationRecord, baseUrl: string, nowMs: number, nolinks: boolean): Record<string, unknown> {
  const href = restHref(baseUrl, `/user/authorization/${auth.id}`);
  return {
    id: auth.id,
    identity: auth.identity,
    token: auth.token,
    scopes: auth.scopes,
    note: auth.note,
    created_at: restTime(auth.created_at),
    expires_in: auth.expires_in,
    expires_in_seconds: expiresInSeconds(auth, nowMs),
    ...(nolinks
      ? {}
      : {
          links: {
            GET: restLink('Get authorization', 'GET', href),
            UPDATE: restLink('Update authorization', 'PUT', href, [restParam('note', 'string', 'A note to remind you what this token is for.')]),
            DELETE: restLink('Delete authorization', 'DELETE', href),
          },
        }),
  };
}

/**
 * A user as GET /user answers it. [inferred] Gear, plan and usage fields hold a fresh account's values;
 * the real user's links (keys, domains, …) are left out because this emulator serves none of them.
 */
export function restUser(user: StoredUser, nolinks: boolean): Record<string, unknown> {
  return {
    id: user.id,
    login: user.login,
    email: null,
    consumed_gears: 0,
    capabilities: { subaccounts: false, gear_sizes: ['small'], private_ssl_certificates: false },
    plan_id: null,
    plan_state: null,
    plan_expiration_date: null,
    plan_quantity: null,
    usage_account_id: null,
    created_at: restTime(user.created_at),
    usage_rates: {},
    currency_cd: null,
    max_gears: 100,
    max_domains: 10,
    max_teams: 0,
    ...(nolinks ? {} : { links: {} }),
  };
}
