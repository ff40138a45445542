// Reads a request body and parses it by Content-Type: JSON (any `application/json` or `+json` type) and
// `application/x-www-form-urlencoded`. Anything else is kept as text.
import type { IncomingMessage } from 'node:http';
import type { RequestBody } from './emulator-request';

/** Larger bodies are refused with a reset: no platform call we emulate comes anywhere near it. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function readRawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      request.socket?.destroy();
      throw new Error(`request body larger than ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function parseRequestBody(raw: Buffer, contentTypeHeader: string | undefined): RequestBody {
  if (raw.length === 0) return { kind: 'none' };
  const text = raw.toString('utf8');
  const mediaType = (contentTypeHeader ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown };
    } catch (error) {
      return { kind: 'invalid-json', text, error: (error as Error).message };
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded') return { kind: 'form', value: new URLSearchParams(text) };
  return { kind: 'other', contentType: mediaType, text };
}
