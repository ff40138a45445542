// Django REST Framework answers as the VMS sends them: JSON `{"detail": …}` for auth, permission and
// method errors, bare JSON strings for the errors the OpenAPI declares as strings (400/404/503 on
// apitokens), Django's HTML page for unknown paths. Wording is DRF's default [inferred: VMS not seen].
import { reply, type EmulatorReply } from '../http/emulator-reply';

/**
 * DRF takes WWW-Authenticate from the first authentication class of the view, whatever scheme the client
 * used. [inferred] The VMS lists Basic first, so every 401 carries the Basic challenge.
 */
const CHALLENGE = { 'WWW-Authenticate': 'Basic realm="api"' };

export function drfDetail(status: number, detail: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}): EmulatorReply {
  return reply.json(status, { detail, ...extra }, headers);
}

/** A body that is one JSON string, as the OpenAPI declares for 400/404/503 on apitokens. */
export function vmsMessage(status: number, message: string): EmulatorReply {
  return reply.json(status, message);
}

/** 401 without credentials, with DRF's Basic challenge. */
export function drfNotAuthenticated(): EmulatorReply {
  return drfDetail(401, 'Authentication credentials were not provided.', CHALLENGE);
}

/** 401 with wrong credentials; `extra` carries simplejwt's `code`/`messages`. */
export function drfAuthenticationFailed(detail = 'Invalid username/password.', extra: Record<string, unknown> = {}): EmulatorReply {
  return drfDetail(401, detail, CHALLENGE, extra);
}

export function drfPermissionDenied(): EmulatorReply {
  return drfDetail(403, 'You do not have permission to perform this action.');
}

/** DRF's 404 for a detail view (`get_object_or_404`). */
export function drfNotFound(): EmulatorReply {
  return drfDetail(404, 'Not found.');
}

/** DRF's answer to a body it cannot parse. */
export function drfParseError(error: string): EmulatorReply {
  return drfDetail(400, `JSON parse error - ${error}`);
}

/** DRF's serializer errors: `{"field": ["message"]}`. */
export function drfFieldErrors(errors: Record<string, string>): EmulatorReply {
  return reply.json(400, Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]])));
}

/** Django's `http_method_names` order, which DRF's Allow header follows. */
const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/**
 * DRF's 405. Allow lists the view's methods in Django's order, with HEAD wherever GET is (DRF maps it) and
 * OPTIONS always. The emulator itself does not serve HEAD or OPTIONS; no client of this project sends them.
 */
export function drfMethodNotAllowed(method: string, allowed: readonly string[]): EmulatorReply {
  const methods = new Set([...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS']);
  const header = METHOD_ORDER.filter((m) => methods.has(m)).join(', ');
  return drfDetail(405, `Method "${method}" not allowed.`, { Allow: header });
}

/** Django's production 404 page. */
export function djangoNotFound(path: string): EmulatorReply {
  const escaped = path.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return reply.raw(
    404,
    `<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource ${escaped} was not found on this server.</p>\n</body>\n</html>\n`,
    'text/html; charset=utf-8',
  );
}
