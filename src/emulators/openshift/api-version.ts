// Broker API version negotiation: the client asks with `version=X` in Accept (or Content-Type); no
// version means 1.7, except for rhc's User-Agent, which gets 1.3.
export const SUPPORTED_API_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type ApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];
export const CURRENT_API_VERSION: ApiVersion = '1.7';

export type NegotiatedVersion = { readonly kind: 'ok'; readonly version: ApiVersion } | { readonly kind: 'unsupported'; readonly requested: string };

export function negotiateApiVersion(headers: { accept?: string; contentType?: string; userAgent?: string }): NegotiatedVersion {
  const requested = versionParameter(headers.accept) ?? versionParameter(headers.contentType);
  if (requested === undefined) return { kind: 'ok', version: headers.userAgent?.startsWith('rhc') ? '1.3' : CURRENT_API_VERSION };
  const version = SUPPORTED_API_VERSIONS.find((v) => Number(v) === Number(requested));
  return version === undefined ? { kind: 'unsupported', requested } : { kind: 'ok', version };
}

/** At least `minimum`, comparing as numbers (1.10 would be > 1.7, were there one). */
export function atLeast(version: ApiVersion, minimum: ApiVersion): boolean {
  return Number(version) >= Number(minimum);
}

function versionParameter(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /;\s*version\s*=\s*([^;,\s]+)/i.exec(header);
  return match?.[1];
}
