// An answer from a platform as the clients see it: status, lower-cased headers, the body text and the
// body parsed as JSON when it is JSON.

export interface PlatformResponse<Body = unknown> {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** Parsed JSON when the body is JSON (VMS sends bare JSON strings), else the text; undefined when empty. */
  readonly body: Body;
}

/** The platform's own words for a failed call, from its error body. */
export interface PlatformMessage {
  readonly message: string;
  readonly code?: string | number;
  readonly field?: string;
}

/** Reads a platform's error body; undefined when it has no message of its own (the status text is used). */
export type ErrorBodyParser = (response: PlatformResponse) => PlatformMessage | undefined;

export function parseResponseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  const looksJson = /json/i.test(contentType ?? '') || /^\s*[[{"]/.test(text);
  if (!looksJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
