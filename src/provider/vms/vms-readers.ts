// Checks that an answer has the documented shape before the provider relies on it; undefined when not.
import type { ApiToken, ApiTokenCreated, Vms } from './vms-models';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function readApiToken(value: unknown): ApiToken | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, owner, created, expiry_date, last_used, revoked, revocation_time } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof owner !== 'string' || typeof created !== 'string') return undefined;
  if (!stringOrNull(expiry_date) || typeof revoked !== 'boolean') return undefined;
  // Optional in older answers; absent means "never".
  const lastUsed = last_used ?? null;
  const revocationTime = revocation_time ?? null;
  if (!stringOrNull(lastUsed) || !stringOrNull(revocationTime)) return undefined;
  return { id, name, owner, created, expiry_date, last_used: lastUsed, revoked, revocation_time: revocationTime };
}

export function readApiTokenCreated(value: unknown): ApiTokenCreated | undefined {
  if (!isRecord(value)) return undefined;
  const { id, token } = value;
  if (typeof id !== 'string' || typeof token !== 'string' || !token.startsWith(`${id}.`)) return undefined;
  return { id, token };
}

export function readVms(value: unknown): Vms | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, sw_version, max_api_tokens_per_user } = value;
  if (typeof id !== 'number' || typeof max_api_tokens_per_user !== 'number') return undefined;
  return {
    id,
    max_api_tokens_per_user,
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof sw_version === 'string' ? { sw_version } : {}),
  };
}
