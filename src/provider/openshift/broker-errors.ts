// How the broker says something went wrong: an envelope with `messages[{severity:"error", text,
// exit_code, field}]` for most errors, and Rails' plain-text 401 ("HTTP Bearer: Access denied.") whose
// reason is only in the WWW-Authenticate header. Both become the PlatformError's platform message, code
// and field.
import { PlatformError, type PlatformMessage, type PlatformResponse } from '../common';
import type { BrokerMessage } from './authorization-models';

/** The broker's own words for a failed call. */
export function parseBrokerError(response: PlatformResponse): PlatformMessage | undefined {
  const envelope = envelopeMessage(response.body);
  if (envelope !== undefined) return envelope;
  const challenge = response.headers['www-authenticate'];
  const text = typeof response.body === 'string' ? response.body.trim() : '';
  if (response.status === 401 && challenge !== undefined) {
    const { error, description } = parseChallenge(challenge);
    const message = description === undefined ? text : text === '' ? description : `${text} (${description})`;
    return message === '' ? undefined : { message, ...(error === undefined ? {} : { code: error }) };
  }
  return text === '' ? undefined : { message: text };
}

/** The first error message of an envelope (else its first message with text). */
function envelopeMessage(body: unknown): PlatformMessage | undefined {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { messages?: unknown }).messages)) return undefined;
  const messages = (body as { messages: Partial<BrokerMessage>[] }).messages.filter((m) => typeof m?.text === 'string' && m.text !== '');
  const chosen = messages.find((m) => m.severity === 'error') ?? messages[0];
  if (chosen === undefined) return undefined;
  return {
    message: chosen.text!,
    ...(typeof chosen.exit_code === 'number' ? { code: chosen.exit_code } : {}),
    ...(typeof chosen.field === 'string' ? { field: chosen.field } : {}),
  };
}

/**
 * `Bearer error="invalid_token" "The access token expired"`: the broker writes the description as a bare
 * quoted string (no `error_description=`); a standard `error_description="…"` is read too.
 */
export function parseChallenge(header: string): { scheme: string; error?: string; description?: string } {
  const scheme = header.trim().split(/\s+/)[0] ?? '';
  const error = /\berror="([^"]*)"/.exec(header)?.[1];
  const description = /\berror_description="([^"]*)"/.exec(header)?.[1] ?? /"[^"]*"\s+"([^"]*)"/.exec(header)?.[1];
  return { scheme, ...(error === undefined ? {} : { error }), ...(description === undefined ? {} : { description }) };
}

/** The authorization is gone: deleted (404). (An expired one reads back; see AuthorizationLookup.) */
export function isGone(error: unknown): boolean {
  return error instanceof PlatformError && error.platform === 'openshift' && error.kind === 'not_found';
}

/** The broker refused the credentials (401): wrong password, unknown token, expired or revoked token. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof PlatformError && error.platform === 'openshift' && error.kind === 'unauthorized';
}
