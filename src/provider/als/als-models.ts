// The ALS (Cloud Foundry v2 / Stackato 3) wire models, in the platform's own words, and the flattened
// `ServiceAuthToken` the client answers with. Clients must ignore keys they do not know (CC adds some,
// e.g. `types` in 2014 error bodies).

/** `GET /v2/info`: no auth needed; tells where to log in. */
export interface CfInfo {
  readonly name?: string;
  readonly build?: string;
  readonly support?: string;
  readonly version?: number;
  readonly description?: string;
  /** The UAA/AOK base URL; the token endpoint is `{authorization_endpoint}/oauth/token`. */
  readonly authorization_endpoint: string;
  readonly token_endpoint?: string;
  readonly api_version?: string;
  readonly allow_debug?: boolean;
  readonly logging_endpoint?: string | null;
  /** The caller's user guid; only when the request was authenticated. */
  readonly user?: string;
  /** Stackato/ALS only, e.g. `v3.6.2`. */
  readonly vendor_version?: string;
  /** Stackato/ALS only; its presence is how the Stackato CLI recognises the platform. */
  readonly stackato?: { readonly UUID?: string; readonly license_accepted?: boolean };
}

export interface CfMetadata {
  readonly guid: string;
  /** The resource's path, e.g. `/v2/service_auth_tokens/<guid>`. */
  readonly url: string;
  /** ISO 8601, with an offset (`-07:00`, `+00:00`) or `Z`. */
  readonly created_at: string;
  /** Null until the first update. */
  readonly updated_at: string | null;
}

export interface CfResource<Entity> {
  readonly metadata: CfMetadata;
  readonly entity: Entity;
}

/** A page of a CC v2 collection; follow `next_url` (a relative URI) until it is null. */
export interface CfPage<Entity> {
  readonly total_results: number;
  readonly total_pages: number;
  readonly prev_url: string | null;
  readonly next_url: string | null;
  readonly resources: readonly CfResource<Entity>[];
}

/** What CC answers for a service auth token: never the `token` secret. */
export interface ServiceAuthTokenEntity {
  readonly label: string;
  readonly provider: string;
}

/** `POST /v2/service_auth_tokens`: all three required. CC strips whitespace around label and provider. */
export interface ServiceAuthTokenCreateRequest {
  readonly label: string;
  readonly provider: string;
  /** The secret v1 service gateways present in `X-VCAP-Service-Token`; the caller chooses it. */
  readonly token: string;
}

/** `PUT /v2/service_auth_tokens/:guid`: any of the three; only what is sent changes. */
export type ServiceAuthTokenUpdateRequest = Partial<ServiceAuthTokenCreateRequest>;

/** The provider the helion CLI and the cf CLI assume when none is given. */
export const DEFAULT_SERVICE_PROVIDER = 'core';

/** A service auth token as the client answers it. The secret is never readable back. */
export interface ServiceAuthToken {
  readonly guid: string;
  readonly label: string;
  readonly provider: string;
  /** The resource path, e.g. `/v2/service_auth_tokens/<guid>`. */
  readonly url: string;
  readonly createdAt: string;
  readonly updatedAt: string | null;
}

/** A CC background job (`DELETE …?async=true`). */
export interface CfJob {
  readonly metadata: { readonly guid: string; readonly created_at: string; readonly url: string };
  readonly entity: { readonly guid: string; readonly status: 'queued' | 'running' | 'finished' | 'failed' | (string & {}) };
}

/** The UAA/AOK token answer of the password and refresh grants. */
export interface UaaTokenResponse {
  readonly access_token: string;
  /** `bearer` (lower case); the CLI sends `<token_type> <access_token>`. */
  readonly token_type: string;
  readonly refresh_token?: string;
  /** Seconds. */
  readonly expires_in?: number;
  /** Space-separated scopes. */
  readonly scope?: string;
  readonly jti?: string;
}

/** CC's error body. */
export interface CfErrorBody {
  readonly code: number;
  readonly description: string;
  readonly error_code?: string;
}

/** UAA's (Spring OAuth's) error body. */
export interface UaaErrorBody {
  readonly error: string;
  readonly error_description?: string;
}
