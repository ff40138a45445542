import { unknownPaths } from '../cty/compare';
import { PrivateStateHolder } from '../private-state';
import { diagnosticsToProto, encodeDynamicValue } from '../protocol/convert';
import type { ImportResourceState_Request, ImportResourceState_Response } from '../protocol/generated/tfplugin6';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

/** ImportResourceState: exactly one object for the id; Terraform reads it right after. */
export function importResourceState(server: ProviderServer, req: ImportResourceState_Request): Promise<ImportResourceState_Response> {
  const failed = (d: Parameters<typeof diagnosticsToProto>[0]): ImportResourceState_Response => ({ importedResources: [], diagnostics: diagnosticsToProto(d), deferred: undefined });
  return runRpc(
    server,
    'ImportResourceState',
    `import of ${req.typeName}`,
    { tf_resource_type: req.typeName },
    async ({ diagnostics, signal, log }) => {
      const entry = server.resolve(server.resources, 'Resource', req.typeName, diagnostics);
      if (!entry) return failed(diagnostics);
      if (!entry.definition.importState) {
        diagnostics.error('Resource Import Not Supported', `The resource type ${req.typeName} cannot be imported.`);
        return failed(diagnostics);
      }
      const priv = new PrivateStateHolder(undefined);
      const state = await entry.definition.importState({ id: req.id, private: priv, provider: entry.data, signal, log, diagnostics });
      if (diagnostics.hasErrors()) return failed(diagnostics);
      const value = entry.schema.fromHandler(state);
      const unknown = unknownPaths(entry.schema.type, value);
      if (unknown.length > 0) throw new Error(`imported state has unknown values at ${unknown.join(', ')}`);
      return {
        importedResources: [{ typeName: req.typeName, state: encodeDynamicValue(value, entry.schema.type), private: priv.bytes() }],
        diagnostics: diagnosticsToProto(diagnostics),
        deferred: undefined,
      };
    },
    failed,
  );
}
