// Anything a handler throws becomes exactly one error diagnostic at the RPC boundary. Throw a
// TerraformError to choose the summary, detail and attribute; anything else is wrapped here.
import type { AttributePath } from '../path';
import type { Diagnostic } from './diagnostic';

/** Errors that know how they should read to a Terraform user (platform errors implement this). */
export interface DiagnosticSource {
  toDiagnostic(): Diagnostic;
}

export function isDiagnosticSource(x: unknown): x is DiagnosticSource {
  return typeof x === 'object' && x !== null && typeof (x as { toDiagnostic?: unknown }).toDiagnostic === 'function';
}

export class TerraformError extends Error implements DiagnosticSource {
  constructor(
    readonly summary: string,
    readonly detail: string = '',
    readonly path?: AttributePath,
  ) {
    super(detail ? `${summary}: ${detail}` : summary);
    this.name = 'TerraformError';
  }

  toDiagnostic(): Diagnostic {
    return { severity: 'error', summary: this.summary, detail: this.detail, ...(this.path ? { path: this.path } : {}) };
  }

  /**
   * Turns anything thrown into a diagnostic. `operation` names what was being done, e.g.
   * "create authtoken_vms_api_token", so an unexpected error still says where it happened.
   */
  static toDiagnostic(thrown: unknown, operation: string): Diagnostic {
    if (isDiagnosticSource(thrown)) return thrown.toDiagnostic();
    if (isAbort(thrown)) {
      return {
        severity: 'error',
        summary: 'Operation Cancelled',
        detail: `Terraform asked the provider to stop while it was running ${operation}; the operation was cancelled.`,
      };
    }
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return {
      severity: 'error',
      summary: 'Unexpected Provider Error',
      detail: `While running ${operation}, the provider failed unexpectedly: ${message}\n\nThis is a bug in the provider; please report it.`,
    };
  }
}

function isAbort(x: unknown): boolean {
  return x instanceof Error && (x.name === 'AbortError' || (x as { code?: string }).code === 'ABORT_ERR');
}
