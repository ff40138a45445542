// The one error type the platform clients throw. It names the platform, the operation, the HTTP status
// and the platform's own message, e.g.
//   ALS create service auth token: HTTP 400: The service auth token label is taken: mysql-core
// Every text field is redacted when the error is built, so message, stack, util.inspect, JSON and the
// diagnostic are clean by construction; the underlying axios error (which holds headers and bodies) is
// never attached. The framework turns a thrown PlatformError into its `toDiagnostic()`.
import { STATUS_CODES } from 'node:http';
import type { Diagnostic } from '../../framework/diag/diagnostic';
import { PLATFORM_DISPLAY_NAMES, type PlatformName } from './platform';
import { platformDiagnostic } from './platform-diagnostic';
import type { Redactor } from './redactor';

/**
 * What kind of failure it is, so callers decide without parsing messages:
 * `transient` (retryable: 429/502/503/504, reset, refused, timeout), `limit` (a platform quota, e.g. VMS's
 * token limit; not retryable), `not_found` (the provider reads it as "gone"), `unauthorized`, `forbidden`,
 * `invalid` (400/422 and the like), `conflict`, `tls` (certificate not trusted), `network` (other transport
 * failures), `aborted` (the caller's AbortSignal), `failed` (anything else, including unexpected answers).
 */
export type PlatformErrorKind =
  | 'transient'
  | 'limit'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'invalid'
  | 'conflict'
  | 'tls'
  | 'network'
  | 'aborted'
  | 'failed';

export interface PlatformErrorDetails {
  readonly platform: PlatformName;
  /** Lower-case words in the platform's terms: `create service auth token`, `revoke API token`. */
  readonly operation: string;
  readonly kind: PlatformErrorKind;
  /** The HTTP status, when the platform answered. */
  readonly status?: number;
  /** The platform's own message from its error body, or what went wrong when it did not answer. */
  readonly platformMessage?: string;
  /** The platform's own error code: CF `error_code`, broker `exit_code`, … */
  readonly platformCode?: string | number;
  /** The request field the platform blamed (broker `field`). */
  readonly field?: string;
  /** The transport error code (`ECONNRESET`, `DEPTH_ZERO_SELF_SIGNED_CERT`, …) when there was no answer. */
  readonly networkCode?: string;
  /** Requests sent, retries included. */
  readonly attempts?: number;
  /** How long the platform asked to wait before trying again (its Retry-After), when it said. */
  readonly retryAfterMs?: number;
}

export class PlatformError extends Error {
  static {
    // On the prototype, so the stack's first line already says PlatformError.
    this.prototype.name = 'PlatformError';
  }

  readonly platform: PlatformName;
  readonly operation: string;
  readonly kind: PlatformErrorKind;
  readonly status: number | undefined;
  readonly platformMessage: string | undefined;
  readonly platformCode: string | number | undefined;
  readonly field: string | undefined;
  readonly networkCode: string | undefined;
  readonly attempts: number;
  readonly retryAfterMs: number | undefined;

  /** `redactor` is required: there is no way to build a PlatformError from unredacted text. */
  constructor(details: PlatformErrorDetails, redactor: Redactor) {
    // Bodies often end in a newline; the message is one line of text in a diagnostic.
    const platformMessage = details.platformMessage === undefined ? undefined : redactor.redact(details.platformMessage.trim());
    const operation = redactor.redact(details.operation);
    super(redactor.redact(composeMessage({ ...details, operation, ...(platformMessage === undefined ? {} : { platformMessage }) })));
    this.platform = details.platform;
    this.operation = operation;
    this.kind = details.kind;
    this.status = details.status;
    this.platformMessage = platformMessage;
    this.platformCode = typeof details.platformCode === 'string' ? redactor.redact(details.platformCode) : details.platformCode;
    this.field = details.field === undefined ? undefined : redactor.redact(details.field);
    this.networkCode = details.networkCode;
    this.attempts = details.attempts ?? 1;
    this.retryAfterMs = details.retryAfterMs;
  }

  /** Worth trying again later (the client already retried idempotent calls). */
  get retryable(): boolean {
    return this.kind === 'transient';
  }

  /** What Terraform shows: e.g. summary "VMS create API token failed", detail with status and the VMS's message. */
  toDiagnostic(): Diagnostic {
    return platformDiagnostic(this);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      platform: this.platform,
      operation: this.operation,
      kind: this.kind,
      status: this.status,
      platformMessage: this.platformMessage,
      platformCode: this.platformCode,
      field: this.field,
      networkCode: this.networkCode,
      attempts: this.attempts,
      retryable: this.retryable,
    };
  }
}

function composeMessage(details: PlatformErrorDetails): string {
  const parts = [`${PLATFORM_DISPLAY_NAMES[details.platform]} ${details.operation}`];
  if (details.status !== undefined) parts.push(`HTTP ${details.status}`);
  const text = details.platformMessage ?? (details.status === undefined ? details.kind : STATUS_CODES[details.status]);
  if (text !== undefined && text !== '') parts.push(text);
  const message = parts.join(': ');
  return (details.attempts ?? 1) > 1 ? `${message} (after ${details.attempts} attempts)` : message;
}
