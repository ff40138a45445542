// What the VMS emulator remembers (JSON, persisted with --state-file). Token secrets are kept only as
// SHA-256 hashes, so a state file never holds a usable credential.

export interface VmsObject {
  readonly id: number;
  readonly name: string;
  readonly sw_version: string;
  /** "Max active API tokens allowed per VMS user" (KB default 5); revoked and expired tokens do not count. */
  max_api_tokens_per_user: number;
}

export interface VmsState {
  /** The cluster's VMS object (`GET /api/<version>/vms/`); the per-user token limit lives here. */
  readonly vms: VmsObject;
  /**
   * `vms modify_pwd_settings --pwd-expiration-timeout`, in days: both the default and the maximum of a
   * token's expiry. null = password expiration disabled, so a token without `expiry_date` never expires
   * and any expiry is allowed. Not an API field the emulator answers; set by the admin action.
   */
  passwordExpirationDays: number | null;
  /** Tenants an `X-Tenant-Name` header may name; `default` always exists. */
  readonly tenants: string[];
  /** API tokens by id, revoked ones included (revocation is final; they stay readable). */
  readonly apiTokens: Record<string, StoredApiToken>;
  /** The next token's `serial`. */
  nextSerial: number;
}

export interface StoredApiToken {
  /** 8 letters and digits; also the part before the dot of the token value. */
  readonly id: string;
  /** Creation order (Django's primary key, which lists are ordered by); never answered. */
  readonly serial: number;
  name: string;
  readonly owner: string;
  /** SHA-256 (hex) of the part after the dot; the secret itself is answered once, at create. */
  readonly secret_sha256: string;
  /** RFC 3339, whole seconds, UTC. */
  readonly created: string;
  /** RFC 3339, or null for "never expires". */
  expiry_date: string | null;
  last_used: string | null;
  revoked: boolean;
  revocation_time: string | null;
}

export function initialVmsState(): VmsState {
  return {
    vms: { id: 1, name: 'vms', sw_version: '5.3.0', max_api_tokens_per_user: 5 },
    passwordExpirationDays: null,
    tenants: ['default'],
    apiTokens: {},
    nextSerial: 1,
  };
}

/** Checks state read from a state file; throws with the reason when it is not a VMS emulator state. */
export function reviveVmsState(saved: unknown): VmsState {
  const fail = (why: string): never => {
    throw new Error(`the state file's "vms" part is not VMS emulator state: ${why}`);
  };
  if (!isRecord(saved)) return fail('not an object');
  const { vms, passwordExpirationDays, tenants, apiTokens, nextSerial } = saved;
  if (!Number.isInteger(nextSerial)) return fail('"nextSerial" must be a whole number');
  if (!isRecord(vms) || typeof vms['id'] !== 'number' || !Number.isInteger(vms['max_api_tokens_per_user'])) return fail('"vms" lacks id or max_api_tokens_per_user');
  if (passwordExpirationDays !== null && typeof passwordExpirationDays !== 'number') return fail('"passwordExpirationDays" must be a number or null');
  if (!Array.isArray(tenants) || !tenants.every((t) => typeof t === 'string')) return fail('"tenants" must be a list of names');
  if (!isRecord(apiTokens)) return fail('"apiTokens" must be an object');
  for (const [id, token] of Object.entries(apiTokens)) {
    if (!isRecord(token) || token['id'] !== id || typeof token['owner'] !== 'string' || !Number.isInteger(token['serial']) || typeof token['secret_sha256'] !== 'string' || typeof token['created'] !== 'string') {
      fail(`API token ${JSON.stringify(id)} is malformed`);
    }
  }
  return saved as unknown as VmsState;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
