// Splits an `Authorization` header into scheme and credentials, and decodes HTTP Basic. The schemes are
// compared as each platform does (OpenShift's Bearer check is case-sensitive, Cloud Foundry sends
// lower-case `bearer`), so the scheme is returned exactly as sent.

export interface AuthorizationHeader {
  readonly scheme: string;
  readonly credentials: string;
}

export function parseAuthorizationHeader(value: string | undefined): AuthorizationHeader | undefined {
  if (value === undefined) return undefined;
  const match = /^([^\s]+)(?:\s+(.*))?$/.exec(value.trim());
  if (match === null) return undefined;
  return { scheme: match[1]!, credentials: (match[2] ?? '').trim() };
}

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/** Decodes `Basic base64(user:pass)`; the scheme is matched case-insensitively as RFC 7617 says. */
export function parseBasicAuthorization(value: string | undefined): BasicCredentials | undefined {
  const header = parseAuthorizationHeader(value);
  if (header === undefined || header.scheme.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(header.credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
