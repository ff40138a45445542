// The logger the clients accept. Lines say what happened (method, route, status, attempt, duration),
// never headers or bodies, and every line passes through the client's Redactor on the way out.
import type { Redactor } from './redactor';

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export const noopLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Wraps `logger` so the message and every string field are redacted. */
export function redactingLogger(logger: Logger, redactor: Redactor): Logger {
  const clean = (fields: LogFields | undefined): LogFields | undefined =>
    fields === undefined ? undefined : Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? redactor.redact(v) : v]));
  return {
    debug: (message, fields) => logger.debug(redactor.redact(message), clean(fields)),
    info: (message, fields) => logger.info(redactor.redact(message), clean(fields)),
    warn: (message, fields) => logger.warn(redactor.redact(message), clean(fields)),
    error: (message, fields) => logger.error(redactor.redact(message), clean(fields)),
  };
}
