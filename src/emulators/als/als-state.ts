// What the ALS emulator remembers (JSON, persisted with --state-file).
export interface AlsState {
  /** Service auth tokens by guid. The `token` secret is kept to check it, and never answered. */
  readonly serviceAuthTokens: Record<string, StoredServiceAuthToken>;
}

export interface StoredServiceAuthToken {
  readonly guid: string;
  label: string;
  provider: string;
  token: string;
  readonly createdAt: string;
  updatedAt: string | null;
}

export function initialAlsState(): AlsState {
  return { serviceAuthTokens: {} };
}
