// The logger the clients accept. Lines say what happened (method, route, status, attempt, duration),
// never headers or bodies, and every line passes through the client's Redactor on the way out.
import type { Redactor } from './redactor';

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** Whether lines of this level are written at all (the framework's logger says; absent: they are). */
  enabled?(level: 'debug' | 'info' | 'warn' | 'error'): boolean;
}

export const noopLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Wraps `logger` so the message and every string field are redacted (no work for a line not written). */
export function redactingLogger(logger: Logger, redactor: Redactor): Logger {
  const clean = (fields: LogFields | undefined): LogFields | undefined =>
    fields === undefined ? undefined : Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? redactor.redact(v) : v]));
  const written = (level: 'debug' | 'info' | 'warn' | 'error') => logger.enabled?.(level) ?? true;
  return {
    debug: (message, fields) => written('debug') && logger.debug(redactor.redact(message), clean(fields)),
    info: (message, fields) => written('info') && logger.info(redactor.redact(message), clean(fields)),
    warn: (message, fields) => written('warn') && logger.warn(redactor.redact(message), clean(fields)),
    error: (message, fields) => written('error') && logger.error(redactor.redact(message), clean(fields)),
    enabled: written,
  };
}
