// What the VMS emulator remembers (JSON, persisted with --state-file).
export interface VmsState {
  /** The cluster's VMS object (`GET /api/<version>/vms/`); the per-user token limit lives here. */
  readonly vms: { readonly id: number; readonly name: string; readonly sw_version: string; max_api_tokens_per_user: number };
  /** API tokens by id, revoked ones included (revocation is final; they stay readable). */
  readonly apiTokens: Record<string, StoredApiToken>;
}

export interface StoredApiToken {
  /** 8 letters and digits; also the part before the dot of the token value. */
  readonly id: string;
  name: string;
  readonly owner: string;
  /** The part after the dot, kept to authenticate `Api-Token <id>.<secret>`; never answered after create. */
  readonly secret: string;
  readonly created: string;
  /** RFC 3339, or null for "never expires". */
  expiry_date: string | null;
  last_used: string | null;
  revoked: boolean;
  revocation_time: string | null;
}

export function initialVmsState(): VmsState {
  return { vms: { id: 1, name: 'vms', sw_version: '5.3.0', max_api_tokens_per_user: 5 }, apiTokens: {} };
}
