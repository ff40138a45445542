// The broker's objects in its own words (RestReply, Message, Link, RestAuthorization, RestUser), and the
// few values the client derives from them: `scopes_list`, `expires_at` and `expired`.

/** API versions the client can speak: authorizations exist from 1.2; 1.7 is the last. */
export const CLIENT_API_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type ClientApiVersion = (typeof CLIENT_API_VERSIONS)[number];

export type MessageSeverity = 'debug' | 'info' | 'warning' | 'error' | 'result';

export interface BrokerMessage {
  readonly severity: MessageSeverity;
  readonly text: string;
  /** 0 on info messages; the broker's error code (1, 129, 167, …) or null. */
  readonly exit_code: number | null;
  /** The parameter an error is about (`scopes`, `note`), else null. */
  readonly field: string | null;
}

/** Every JSON answer of the broker, success or error. */
export interface BrokerEnvelope<Data> {
  readonly api_version: number;
  readonly version: string;
  /** Rails' status symbol: `ok`, `created`, `not_found`, `unprocessable_entity`, … */
  readonly status: string;
  readonly type: string | null;
  readonly supported_api_versions: readonly number[];
  readonly messages: readonly BrokerMessage[];
  readonly data: Data;
}

export interface BrokerParam {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly valid_options: readonly unknown[];
}

export interface BrokerOptionalParam extends BrokerParam {
  readonly default_value: unknown;
}

export interface BrokerLink {
  readonly rel: string;
  readonly method: string;
  /** Absolute URL. */
  readonly href: string;
  readonly required_params: readonly BrokerParam[];
  readonly optional_params: readonly BrokerOptionalParam[];
}

/** An authorization exactly as the broker answers it. The token is in every answer. */
export interface BrokerAuthorization {
  /** 24-hex ObjectId. */
  readonly id: string;
  /** The owner's login. */
  readonly identity: string;
  /** The secret: 64 lower-case hex characters. */
  readonly token: string;
  /** Space-joined, lower-case, e.g. `"session read"`. */
  readonly scopes: string;
  readonly note: string | null;
  /** ISO time, to the second: `2014-07-09T22:12:30Z`. */
  readonly created_at: string;
  /** Total lifetime in seconds. */
  readonly expires_in: number;
  /** Time left in seconds, rounded, 0 once expired. */
  readonly expires_in_seconds: number;
}

/** An authorization with what the client derives from it. */
export interface Authorization extends BrokerAuthorization {
  /** `scopes` split into its items, in the broker's order. */
  readonly scopes_list: readonly string[];
  /** `created_at` + `expires_in`, ISO to the second. */
  readonly expires_at: string;
  /**
   * The broker still shows an expired token (`expires_in_seconds: 0`); it no longer authenticates and the
   * list hides it, so the provider reads it as gone.
   */
  readonly expired: boolean;
}

/** What `POST …/user/authorizations` takes. */
export interface AddAuthorization {
  /** One or more scopes; a list is sent space-joined, in its order. Absent: the broker's default (`userinfo`). */
  readonly scopes?: string | readonly string[];
  readonly note?: string;
  /**
   * Lifetime in seconds. Negative or over the scope set's maximum means the scope set's default (not the
   * maximum, whatever the parameter's description says); 0 gives a token that is already expired.
   */
  readonly expires_in?: number;
  /**
   * Answer the newest matching token instead of creating one: same scope string, same note (any note when
   * none is given), more than min(600, expires_in/4) seconds left. Sent as a JSON boolean only when true:
   * the broker reads any other value but null and false, the string "false" included, as true.
   */
  readonly reuse?: boolean;
}

export interface AddedAuthorization {
  readonly authorization: Authorization;
  /** 200 "Reused existing" rather than 201 "Create authorization". */
  readonly reused: boolean;
}

/** A read by id or token, for the provider's refresh: an expired token and a deleted one are both gone. */
export type AuthorizationLookup =
  | { readonly status: 'active'; readonly authorization: Authorization }
  | { readonly status: 'expired'; readonly authorization: Authorization }
  | { readonly status: 'not_found' };

/** The caller as the broker sees it (GET /user and the identity headers). */
export interface BrokerIdentity {
  /** `X-OpenShift-Identity`: the login. */
  readonly login: string;
  /** `X-OpenShift-Identity-Id`: the user's ObjectId. */
  readonly id: string;
  /** `X-OAuth-Scopes`: what the request ran with (`session` for Basic). */
  readonly scopes: readonly string[];
}

/** `created_at` + `expires_in` seconds, as ISO to the second; undefined when `created_at` is unreadable. */
export function expiresAt(createdAt: string, expiresIn: number): string | undefined {
  const created = Date.parse(createdAt);
  if (Number.isNaN(created)) return undefined;
  return `${new Date(created + expiresIn * 1000).toISOString().slice(0, 19)}Z`;
}

/** Reads a broker authorization; the reason it is not one, or the authorization with derived fields. */
export function toAuthorization(value: unknown): Authorization | string {
  if (typeof value !== 'object' || value === null) return 'the authorization is not an object';
  const raw = value as Record<string, unknown>;
  for (const key of ['id', 'identity', 'token', 'scopes', 'created_at'] as const) {
    if (typeof raw[key] !== 'string') return `the authorization has no "${key}"`;
  }
  for (const key of ['expires_in', 'expires_in_seconds'] as const) {
    if (typeof raw[key] !== 'number') return `the authorization has no "${key}"`;
  }
  if (raw['note'] !== null && raw['note'] !== undefined && typeof raw['note'] !== 'string') return 'the authorization\'s "note" is not text';
  const base: BrokerAuthorization = {
    id: raw['id'] as string,
    identity: raw['identity'] as string,
    token: raw['token'] as string,
    scopes: raw['scopes'] as string,
    note: (raw['note'] as string | null | undefined) ?? null,
    created_at: raw['created_at'] as string,
    expires_in: raw['expires_in'] as number,
    expires_in_seconds: raw['expires_in_seconds'] as number,
  };
  const at = expiresAt(base.created_at, base.expires_in);
  if (at === undefined) return `the authorization's "created_at" is not a time`;
  return {
    ...base,
    scopes_list: base.scopes.split(' ').filter((s) => s !== ''),
    expires_at: at,
    expired: base.expires_in_seconds <= 0,
  };
}

/** The Authorization model's limit on `note`, in characters. */
export const MAX_NOTE_LENGTH = 4096;
