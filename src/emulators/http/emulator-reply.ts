// What a route handler answers: an exact status, exact headers and the exact body bytes. Handlers return
// a reply instead of writing to the socket, so the server can log the status and the platform can add
// the headers it sends on every response.

export interface EmulatorReply {
  readonly status: number;
  /** Header names as the platform spells them; a list sends the header once per value. */
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  /** Sent as is; no body when undefined. */
  readonly body?: string | Buffer;
}

type Headers = Readonly<Record<string, string | readonly string[]>>;

export const reply = {
  /**
   * A JSON body serialised with JSON.stringify. `contentType` lets a platform send its own spelling,
   * e.g. Cloud Foundry's `application/json;charset=utf-8`.
   */
  json(status: number, value: unknown, headers: Headers = {}, contentType = 'application/json'): EmulatorReply {
    return { status, headers: { 'Content-Type': contentType, ...headers }, body: JSON.stringify(value) };
  },
  /** A body sent byte for byte, e.g. a JSON string exactly as the platform formats it, or plain text. */
  raw(status: number, body: string | Buffer, contentType: string, headers: Headers = {}): EmulatorReply {
    return { status, headers: { 'Content-Type': contentType, ...headers }, body };
  },
  text(status: number, text: string, headers: Headers = {}): EmulatorReply {
    return reply.raw(status, text, 'text/plain; charset=utf-8', headers);
  },
  /** No body at all, e.g. 204 No Content. */
  empty(status: number, headers: Headers = {}): EmulatorReply {
    return { status, headers };
  },
  /** The same reply with more headers (later ones win). */
  withHeaders(base: EmulatorReply, headers: Headers): EmulatorReply {
    return { ...base, headers: { ...base.headers, ...headers } };
  },
};
