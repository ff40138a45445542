// ReadResource (refresh): the handler reports what exists now. null means the object is gone, and
// Terraform plans to create it again; that is how out-of-band revocation becomes visible drift.
import { unknownPaths } from '../cty/compare';
import { PrivateStateHolder } from '../private-state';
import { diagnosticsToProto, encodeDynamicValue } from '../protocol/convert';
import type { ReadResource_Request, ReadResource_Response } from '../protocol/generated/tfplugin6';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

export function readResource(server: ProviderServer, req: ReadResource_Request): Promise<ReadResource_Response> {
  // On failure Terraform keeps what it had: echo the current state and private bytes.
  const unchanged = (d: Parameters<typeof diagnosticsToProto>[0]): ReadResource_Response => ({
    newState: req.currentState,
    diagnostics: diagnosticsToProto(d),
    private: req.private,
    deferred: undefined,
  });
  return runRpc(
    server,
    'ReadResource',
    `refresh of ${req.typeName}`,
    { tf_resource_type: req.typeName },
    async ({ diagnostics, signal, log }) => {
      const entry = server.resolve(server.resources, 'Resource', req.typeName, diagnostics);
      if (!entry) return unchanged(diagnostics);
      const current = entry.schema.decode(req.currentState);
      if (current === null) return unchanged(diagnostics);
      const priv = new PrivateStateHolder(req.private);
      const result = await entry.definition.read({
        state: entry.schema.toHandler(current),
        private: priv,
        provider: entry.data,
        signal,
        log,
        diagnostics,
      });
      if (diagnostics.hasErrors()) return unchanged(diagnostics);
      if (result === null) {
        log.info('Remote object no longer exists; Terraform will plan to create it again');
        return { newState: encodeDynamicValue(null, entry.schema.type), diagnostics: diagnosticsToProto(diagnostics), private: Buffer.alloc(0), deferred: undefined };
      }
      const next = entry.schema.fromHandler(result);
      const unknown = unknownPaths(entry.schema.type, next);
      if (unknown.length > 0) {
        diagnostics.error('Provider Returned Unknown Values After Read', `The read handler of ${req.typeName} left these attributes unknown: ${unknown.join(', ')}. A refreshed state must be wholly known. This is a bug in the provider.`);
        return unchanged(diagnostics);
      }
      return { newState: encodeDynamicValue(next, entry.schema.type), diagnostics: diagnosticsToProto(diagnostics), private: priv.bytes(), deferred: undefined };
    },
    unchanged,
  );
}
