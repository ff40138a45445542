// What the OpenShift broker emulator remembers (JSON, persisted with --state-file).
export interface OpenShiftState {
  /** Authorizations by id (24-hex ObjectId). Deleting one removes it (a hard delete). */
  readonly authorizations: Record<string, StoredAuthorization>;
}

export interface StoredAuthorization {
  readonly id: string;
  /** 64 lower-case hex characters; answered on every read, as the broker does. */
  readonly token: string;
  /** The owner's login. */
  readonly identity: string;
  /** Space-joined, as stored and answered. */
  readonly scopes: string;
  note: string;
  readonly created_at: string;
  /** Total lifetime in seconds. */
  readonly expires_in: number;
}

export function initialOpenShiftState(): OpenShiftState {
  return { authorizations: {} };
}
