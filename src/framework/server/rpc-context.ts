// The one boundary every RPC passes through: it gives handlers their context (diagnostics, an abort
// signal tied to StopProvider, a logger), and turns anything thrown into a single error diagnostic so
// Terraform always receives a well-formed response, never a gRPC error.
import { randomUUID } from 'node:crypto';
import { ValueError } from '../cty/value-error';
import { Diagnostics } from '../diag/diagnostics';
import { TerraformError } from '../diag/terraform-error';
import type { Logger } from '../logging/logger';

export interface RpcContext {
  readonly diagnostics: Diagnostics;
  readonly signal: AbortSignal;
  readonly log: Logger;
}

export interface RpcHost {
  readonly log: Logger;
  /** Registers an in-flight call so StopProvider can abort it; returns the function that unregisters it. */
  track(controller: AbortController): () => void;
}

/**
 * Runs one RPC. `operation` names it for users ("plan authtoken_vms_api_token"); `respond` builds the
 * response from whatever diagnostics were collected, also when the body threw.
 */
export async function runRpc<R>(
  host: RpcHost,
  rpc: string,
  operation: string,
  fields: Record<string, unknown>,
  body: (ctx: RpcContext) => Promise<R>,
  onError: (diagnostics: Diagnostics) => R,
): Promise<R> {
  const diagnostics = new Diagnostics();
  const controller = new AbortController();
  const untrack = host.track(controller);
  const log = host.log.with({ tf_rpc: rpc, tf_req_id: randomUUID(), ...fields });
  const started = performance.now();
  log.trace('Received request');
  try {
    const result = await body({ diagnostics, signal: controller.signal, log });
    log.trace('Served request', { tf_req_duration_ms: Math.round(performance.now() - started), diagnostics: diagnostics.all.length });
    return result;
  } catch (thrown) {
    if (thrown instanceof ValueError) {
      diagnostics.error('Invalid Value', `While running ${operation}: ${thrown.reason}`, thrown.path.isRoot ? undefined : thrown.path);
    } else {
      diagnostics.add(TerraformError.toDiagnostic(thrown, operation));
    }
    log.debug('Request failed', { error: thrown instanceof Error ? thrown.message : String(thrown) });
    return onError(diagnostics);
  } finally {
    untrack();
  }
}
