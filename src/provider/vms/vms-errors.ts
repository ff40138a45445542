// How VMS failures read (platform-apis.md §B.6): bare JSON strings on the apitokens endpoints, DRF's
// `{"detail": …}` (simplejwt adds `code`) for auth and permission failures, DRF field errors
// `{"field": ["…"]}`, Django's HTML 404 page. The 503 "Max allowed API tokens reached" is the per-user
// token limit, not an outage: it is classified `limit` and never retried.
import { PlatformError, type PlatformErrorDetails, type PlatformErrorKind, type PlatformMessage, type PlatformResponse, type Redactor } from '../common';

export const MAX_API_TOKENS_MESSAGE = 'Max allowed API tokens reached';

export function parseVmsError(response: PlatformResponse): PlatformMessage | undefined {
  const body = response.body;
  if (typeof body === 'string') {
    // Django's HTML error pages say nothing the status text does not.
    if (/html/i.test(response.headers['content-type'] ?? '') || body.trim() === '') return undefined;
    return { message: body };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record['detail'] === 'string') {
    return { message: record['detail'], ...(typeof record['code'] === 'string' ? { code: record['code'] } : {}) };
  }
  // DRF serializer errors: every field's messages, the first field blamed.
  const fields = Object.entries(record).filter(([, v]) => Array.isArray(v) || typeof v === 'string');
  if (fields.length === 0) return undefined;
  const message = fields.map(([field, v]) => `${field}: ${(Array.isArray(v) ? v : [v]).map(String).join(' ')}`).join('; ');
  const first = fields[0]![0];
  return first === 'non_field_errors' ? { message } : { message, field: first };
}

/**
 * Whether a failure is the VMS saying it does not know the token: its own 404, with DRF's
 * `{"detail": "Not found."}` or one of its bare messages. A 404 page from anything else (a wrong address,
 * the web UI, a proxy) says nothing about the token, so it is not read as the token being gone.
 */
export function isApiTokenGone(error: unknown): boolean {
  return (
    error instanceof PlatformError &&
    error.kind === 'not_found' &&
    TOKEN_OPERATIONS.includes(error.operation) &&
    error.platformMessage !== undefined &&
    error.field === undefined
  );
}

/** The calls on one token: a 404 to a log in or to anything else is not about the token. */
const TOKEN_OPERATIONS = ['show API token', 'modify API token', 'revoke API token'];

/** The per-user limit answers 503 with its own message; any other 503 is a transient outage. */
export function classifyVmsFailure(response: PlatformResponse): PlatformErrorKind | undefined {
  if (response.status === 503 && typeof response.body === 'string' && response.body.includes(MAX_API_TOKENS_MESSAGE)) return 'limit';
  return undefined;
}

/** What the limit error knows beyond the platform's message. */
export interface ApiTokenLimit {
  /** The owner the token was for, when the client knows it. */
  readonly owner: string | undefined;
  /** `max_api_tokens_per_user` as read after the refusal; undefined when it could not be read. */
  readonly maxApiTokensPerUser: number | undefined;
  /** The VMS object whose setting raises the limit. */
  readonly vmsId: number | undefined;
  /** e.g. `v5`, for the path of the setting. */
  readonly apiVersion: string;
}

/**
 * The 503 "Max allowed API tokens reached", with the limit and how to raise it:
 *   VMS create API token: HTTP 503: Max allowed API tokens reached: "alice" already holds the maximum of 5
 *   valid API tokens per user (max_api_tokens_per_user). Revoke one of them, or raise the limit: …
 */
export class ApiTokenLimitError extends PlatformError {
  static {
    this.prototype.name = 'ApiTokenLimitError';
  }

  readonly owner: string | undefined;
  readonly maxApiTokensPerUser: number | undefined;

  constructor(refusal: PlatformError, limit: ApiTokenLimit, redactor: Redactor) {
    const details: PlatformErrorDetails = {
      platform: refusal.platform,
      operation: refusal.operation,
      kind: 'limit',
      attempts: refusal.attempts,
      platformMessage: limitMessage(refusal.platformMessage ?? MAX_API_TOKENS_MESSAGE, limit),
      ...(refusal.status === undefined ? {} : { status: refusal.status }),
    };
    super(details, redactor);
    this.owner = limit.owner;
    this.maxApiTokensPerUser = limit.maxApiTokensPerUser;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), owner: this.owner, maxApiTokensPerUser: this.maxApiTokensPerUser };
  }
}

function limitMessage(platformMessage: string, limit: ApiTokenLimit): string {
  const who = limit.owner === undefined ? 'the owner' : JSON.stringify(limit.owner);
  const max = limit.maxApiTokensPerUser === undefined ? 'the maximum number of' : `the maximum of ${limit.maxApiTokensPerUser}`;
  const vmsPath = `/api/${limit.apiVersion}/vms/${limit.vmsId ?? '<vms id>'}/set_max_api_tokens_per_user/`;
  const next = limit.maxApiTokensPerUser === undefined ? '<new limit>' : String(limit.maxApiTokensPerUser + 1);
  return (
    `${platformMessage}: ${who} already holds ${max} valid API tokens per user (the VMS setting max_api_tokens_per_user; ` +
    `revoked and expired tokens do not count). Revoke one of them, or raise the limit: ` +
    `PATCH ${vmsPath} {"max_api_tokens_per_user": ${next}} (vcli: vms set_max_api_tokens_per_user; ` +
    `Terraform: vastdata_vms.max_api_tokens_per_user)`
  );
}
