// The rules about stored API tokens that routes and admin actions share: when a token is valid, how many
// an owner holds, the public view (never the secret), and revocation.
import { createHash } from 'node:crypto';
import { randomAlphanumeric } from '../random';
import type { StoredApiToken, VmsState } from './vms-state';

/** The public fields, in the order the KB's example shows them. The secret is never part of a read. */
export interface ApiTokenView {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly created: string;
  readonly expiry_date: string | null;
  readonly last_used: string | null;
  readonly revoked: boolean;
  readonly revocation_time: string | null;
}

export const TOKEN_ID_LENGTH = 8;
/** [inferred] 32 letters and digits, as in every KB example. */
export const TOKEN_SECRET_LENGTH = 32;

/**
 * RFC 3339 in UTC with whole seconds and `Z`, as the KB examples print them ([inferred] exact format).
 * Whole seconds also make `created + duration` exact on every read.
 */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function isExpired(token: StoredApiToken, nowMs: number): boolean {
  return token.expiry_date !== null && !(nowMs < Date.parse(token.expiry_date));
}

/** Valid = neither revoked nor expired; only valid tokens count against the per-user limit. */
export function isValid(token: StoredApiToken, nowMs: number): boolean {
  return !token.revoked && !isExpired(token, nowMs);
}

export function validTokenCount(state: VmsState, owner: string, nowMs: number): number {
  return Object.values(state.apiTokens).filter((t) => t.owner === owner && isValid(t, nowMs)).length;
}

export function newTokenId(state: VmsState): string {
  for (;;) {
    const id = randomAlphanumeric(TOKEN_ID_LENGTH);
    if (!Object.hasOwn(state.apiTokens, id)) return id;
  }
}

export function newTokenSecret(): string {
  return randomAlphanumeric(TOKEN_SECRET_LENGTH);
}

export function apiTokenView(token: StoredApiToken): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    owner: token.owner,
    created: token.created,
    expiry_date: token.expiry_date,
    last_used: token.last_used,
    revoked: token.revoked,
    revocation_time: token.revocation_time,
  };
}

/** Creation order, as Django lists by primary key; pages stay stable while tokens are added. */
export function inListOrder(tokens: readonly StoredApiToken[]): StoredApiToken[] {
  return [...tokens].sort((a, b) => a.serial - b.serial);
}

/** Revocation is final: revoking a revoked token changes nothing (its revocation_time stays). */
export function revokeToken(token: StoredApiToken, nowMs: number): void {
  if (token.revoked) return;
  token.revoked = true;
  token.revocation_time = rfc3339(nowMs);
}
