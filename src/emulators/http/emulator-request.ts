// What a route handler sees of an HTTP request: method, path, query, headers, route parameters and the
// body, already read and parsed according to its Content-Type.
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The request body. Parse failures are data, not exceptions: each platform answers a malformed body its
 * own way (CF-MessageParseError, a DRF 400, a broker envelope), so the handler decides.
 */
export type RequestBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'invalid-json'; readonly text: string; readonly error: string }
  /** `application/x-www-form-urlencoded`; repeated keys are kept (`getAll`). */
  | { readonly kind: 'form'; readonly value: URLSearchParams }
  | { readonly kind: 'other'; readonly contentType: string; readonly text: string };

export interface EmulatorRequest {
  /** Upper-case, as sent. */
  readonly method: string;
  /** The path without the query, still percent-encoded, e.g. `/v2/service_auth_tokens/abc`. */
  readonly path: string;
  /** Query parameters; repeated keys are kept (`getAll`). `+` reads as a space, as the platforms decode it. */
  readonly query: URLSearchParams;
  /** The query string as sent, without `?`, for platforms that split it their own way (Rack also splits at `;`). */
  readonly rawQuery: string;
  /** Node's lower-cased header map. */
  readonly headers: IncomingHttpHeaders;
  /** Parameters of the matched route pattern, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** Method and route pattern, e.g. `GET /v2/service_auth_tokens/:guid`; the request log counts by it. */
  readonly route: string;
  readonly rawBody: Buffer;
  readonly body: RequestBody;
  /** One header's value; repeated headers are joined with ", " as HTTP allows. */
  header(name: string): string | undefined;
}

/** A request no route matched: there are no parameters, and the body has not been read. */
export type UnmatchedRequest = Omit<EmulatorRequest, 'params' | 'rawBody' | 'body'>;

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}
