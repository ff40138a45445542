import type { AttributePath } from '../path';

export type Severity = 'error' | 'warning';

/** What Terraform shows the user: a short Title Case summary and a detail in full sentences. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly summary: string;
  readonly detail: string;
  /** Where in the configuration; Terraform underlines it. */
  readonly path?: AttributePath;
}
