// Broker API version negotiation, as `check_version` does it: the media types of Accept and then
// Content-Type are read in order; the first `version=X` parameter wins and is read with Ruby's `to_f`.
// No version means 1.7, except for rhc's User-Agent, which gets 1.3. A bare `nolinks` parameter in any
// of them leaves links out of the data.
export const SUPPORTED_API_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type ApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];
export const CURRENT_API_VERSION: ApiVersion = '1.7';

export type NegotiatedVersion =
  | { readonly kind: 'ok'; readonly version: ApiVersion; readonly nolinks: boolean }
  /** `requested` as Ruby prints the float, e.g. `2.0` for `version=2`. */
  | { readonly kind: 'unsupported'; readonly requested: string };

export function negotiateApiVersion(headers: { accept?: string; contentType?: string; userAgent?: string }): NegotiatedVersion {
  let nolinks = false;
  let requested: number | undefined;
  search: for (const mediaType of `${headers.accept ?? ''},${headers.contentType ?? ''}`.split(',')) {
    const values = mediaType.split(';').map((v) => v.trim());
    if (values.includes('nolinks')) nolinks = true;
    for (const value of values.map((v) => v.toLowerCase())) {
      if (value.startsWith('version')) {
        requested = rubyToF(value.split('=')[1] ?? '');
        break search;
      }
    }
  }
  if (requested === undefined) return { kind: 'ok', version: headers.userAgent?.startsWith('rhc') ? '1.3' : CURRENT_API_VERSION, nolinks };
  const version = SUPPORTED_API_VERSIONS.find((v) => Number(v) === requested);
  return version === undefined ? { kind: 'unsupported', requested: rubyFloatToS(requested) } : { kind: 'ok', version, nolinks };
}

/** At least `minimum`, comparing as numbers (1.10 would be > 1.7, were there one). */
export function atLeast(version: ApiVersion, minimum: ApiVersion): boolean {
  return Number(version) >= Number(minimum);
}

/** Ruby's String#to_f: the longest leading decimal number, 0.0 when there is none. */
function rubyToF(text: string): number {
  const match = /^\s*[+-]?\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?(?:[eE][+-]?\d+)?/.exec(text);
  return match === null ? 0 : Number(match[0].replace(/_/g, ''));
}

/** Ruby's Float#to_s for ordinary values: always a decimal point (`2.0`, `1.7`). */
function rubyFloatToS(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e16 ? value.toFixed(1) : String(value);
}
