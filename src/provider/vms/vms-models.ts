// The VMS API tokens API in its own words (platform-apis.md §B.3): what the calls send and answer.
// Timestamps stay RFC 3339 strings as the API sends them; `expiry_date` is a timestamp on read and a
// duration (expiry.ts) on write.

/** An API token as list and show answer it. The secret is never part of it. */
export interface ApiToken {
  /** 8 letters and digits; the part before the dot of the token value. */
  readonly id: string;
  readonly name: string;
  /** The manager's username. */
  readonly owner: string;
  readonly created: string;
  /** When it expires (RFC 3339), or null: never. */
  readonly expiry_date: string | null;
  /** The last authentication with it, or null. */
  readonly last_used: string | null;
  /** Revoked tokens are final and "archived"; they stay readable. */
  readonly revoked: boolean;
  readonly revocation_time: string | null;
}

/** `POST /apitokens/`; every field optional. */
export interface ApiTokenCreateRequest {
  /** Default `<owner>_api_token`. */
  readonly name?: string;
  /** A duration such as `180D`, counted from creation; default and maximum: the password expiration timeout. */
  readonly expiry_date?: string;
  /** Default: the caller. Another owner needs the Security create permission. */
  readonly owner?: string;
}

/** The create answer: the only time the token value is ever returned. */
export interface ApiTokenCreated {
  readonly id: string;
  /** `<id>.<secret>`: sensitive. */
  readonly token: string;
}

/** `PATCH /apitokens/{id}/`. A new `expiry_date` counts from the token's creation, not from now. */
export interface ApiTokenModifyRequest {
  readonly name?: string;
  readonly expiry_date?: string;
}

/** Filters of `GET /apitokens/`. */
export interface ApiTokenListQuery {
  readonly owner?: string;
  /** true includes revoked ("archived") tokens; otherwise only tokens not revoked are listed. */
  readonly archived?: boolean;
  /** Exact name (go-vast-client's typed search sends it; the OpenAPI does not list it). */
  readonly name?: string;
}

/** The cluster's VMS object (only the fields this project reads are typed). */
export interface Vms {
  readonly id: number;
  readonly name?: string;
  readonly sw_version?: string;
  /** "Max active API tokens allowed per VMS user" (default 5). */
  readonly max_api_tokens_per_user: number;
}

/** DRF's paged list form, answered when `page_size` is given. */
export interface DrfPage<Item> {
  readonly count: number;
  readonly next: string | null;
  readonly previous: string | null;
  readonly results: readonly Item[];
}

/** `POST /api/token/` and `/api/token/refresh/`. */
export interface JwtPair {
  readonly access: string;
  readonly refresh: string;
}

/** The id of a token value `<id>.<secret>`: the public part before the dot. */
export function apiTokenIdOf(token: string): string {
  const dot = token.indexOf('.');
  return dot < 0 ? token : token.slice(0, dot);
}
