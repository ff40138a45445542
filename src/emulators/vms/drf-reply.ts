// Django REST Framework answers as the VMS sends them: JSON `{"detail": …}` for auth and method errors,
// Django's HTML page for unknown paths. Wording is DRF's default [inferred: VMS not seen].
import { reply, type EmulatorReply } from '../http/emulator-reply';

export function drfDetail(status: number, detail: string, headers: Record<string, string> = {}): EmulatorReply {
  return reply.json(status, { detail }, headers);
}

/** 401 without credentials, with DRF's Basic challenge. */
export function drfNotAuthenticated(): EmulatorReply {
  return drfDetail(401, 'Authentication credentials were not provided.', { 'WWW-Authenticate': 'Basic realm="api"' });
}

/** 401 with wrong credentials. */
export function drfAuthenticationFailed(detail = 'Invalid username/password.'): EmulatorReply {
  return drfDetail(401, detail, { 'WWW-Authenticate': 'Basic realm="api"' });
}

export function drfMethodNotAllowed(method: string, allowed: readonly string[]): EmulatorReply {
  return drfDetail(405, `Method "${method}" not allowed.`, { Allow: [...allowed, 'OPTIONS'].join(', ') });
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
