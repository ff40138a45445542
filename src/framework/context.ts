// What every handler receives besides its own inputs.
import type { Diagnostics } from './diag/diagnostics';
import type { Logger } from './logging/logger';

export interface HandlerContext<D> {
  /** What the provider's configure() returned: API clients, shared loaders. */
  readonly provider: D;
  /** Aborted when Terraform sends StopProvider (Ctrl-C): pass it to every API call. */
  readonly signal: AbortSignal;
  readonly log: Logger;
  /** Add warnings or errors; an error fails the operation once the handler returns. */
  readonly diagnostics: Diagnostics;
}

/** Typed private state: provider-owned data Terraform stores beside the resource, never shown to users. */
export interface PrivateState<P> {
  get(): P | null;
  /** Replaces what is stored; by default the prior private state is carried forward unchanged. */
  set(value: P | null): void;
}
