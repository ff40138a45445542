// How a PlatformError reads to a Terraform user: a summary naming the platform and the operation
// ("VMS create API token failed") and a detail in sentences with the HTTP status and the platform's own
// message, plus what to do where the kind says it (a passing failure whose retries ran out; a limit).
// Built only from the error's fields, which were redacted when it was made, so nothing secret gets in.
import { STATUS_CODES } from 'node:http';
import type { Diagnostic } from '../../framework/diag/diagnostic';
import { PLATFORM_DISPLAY_NAMES } from './platform';
import type { PlatformError } from './platform-error';

export function platformDiagnostic(error: PlatformError): Diagnostic {
  const platform = PLATFORM_DISPLAY_NAMES[error.platform];
  const summary = error.kind === 'aborted' ? `${platform} ${error.operation} cancelled` : `${platform} ${error.operation} failed`;
  const sentences = [what(error, platform), ...(error.field === undefined ? [] : [`${platform} named the field "${error.field}".`]), ...advice(error, platform)];
  return { severity: 'error', summary, detail: sentences.join(' ') };
}

/** What happened: the answer (status, message, code), or why none came. */
function what(error: PlatformError, platform: string): string {
  const code = error.platformCode === undefined ? '' : ` (${platform} code ${error.platformCode})`;
  if (error.kind === 'aborted') return `The call to ${platform} to ${error.operation} was cancelled before it finished.`;
  if (error.status !== undefined) {
    const status = [`HTTP ${error.status}`, STATUS_CODES[error.status]].filter(Boolean).join(' ');
    const message = error.platformMessage === undefined ? '' : `: ${error.platformMessage}`;
    return sentence(`${platform} answered ${status} to ${error.operation}${message}${code}`);
  }
  const message = error.platformMessage ?? error.kind;
  if (error.networkCode !== undefined) return sentence(`${platform} did not answer ${error.operation}: ${message}`);
  return sentence(`${platform} ${error.operation}: ${message}${code}`);
}

function advice(error: PlatformError, platform: string): string[] {
  switch (error.kind) {
    case 'transient':
      return [
        error.attempts > 1
          ? `The failure looks temporary; the provider retried and gave up after ${error.attempts} attempts (retries exhausted). Try again later.`
          : 'The failure looks temporary, but the call was not tried again. Try again later.',
      ];
    case 'limit':
      return [`This is a limit of ${platform}, not a passing failure: trying again will not help until some capacity is freed or the limit is raised.`];
    default:
      return [];
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
