// Finds secret values in request and response bodies by field name, so a client registers the secrets it
// sends and receives without each call having to list them.

/** Field names whose string values are secrets on the three platforms (compared case-insensitively). */
export const DEFAULT_SECRET_FIELDS: readonly string[] = [
  'password',
  'token', // ALS service auth token, VMS API token, OpenShift authorization token
  'access_token', // UAA
  'refresh_token', // UAA
  'access', // VMS JWT
  'refresh', // VMS JWT
  'api_token',
  'secret',
  'client_secret',
  'id_token',
];

/** Header names whose values are credentials. */
export const SECRET_HEADERS: readonly string[] = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-vcap-service-token', 'x-auth-token'];

/** String values of secret fields anywhere in a JSON-like value or form. */
export function findSecretValues(value: unknown, fields: readonly string[], depth = 0): string[] {
  if (depth > 32 || value === null || typeof value !== 'object') return [];
  const names = new Set(fields.map((f) => f.toLowerCase()));
  const found: string[] = [];
  const visit = (key: string, v: unknown) => {
    if (typeof v === 'string' && names.has(key.toLowerCase())) found.push(v);
    else if (typeof v === 'object' && v !== null) found.push(...findSecretValues(v, fields, depth + 1));
  };
  if (value instanceof URLSearchParams) for (const [k, v] of value) visit(k, v);
  else if (Array.isArray(value)) for (const v of value) found.push(...findSecretValues(v, fields, depth + 1));
  else for (const [k, v] of Object.entries(value)) visit(k, v);
  return found;
}

/** A credential header's value and its credentials part (after the scheme), both secrets. */
export function secretsInHeader(value: string): string[] {
  const space = value.indexOf(' ');
  return space < 0 ? [value] : [value, value.slice(space + 1).trim()];
}
