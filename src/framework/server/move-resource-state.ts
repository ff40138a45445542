// MoveResourceState: a `moved` block from another resource type (possibly another provider's) to one of
// ours. The target resource's movers are asked in turn; the first that recognises the source answers.
import { fromJsonTree, parseJsonLossless } from '../cty/json-decode';
import { unknownPaths } from '../cty/compare';
import { PrivateStateHolder } from '../private-state';
import { diagnosticsToProto, encodeDynamicValue } from '../protocol/convert';
import type { MoveResourceState_Request, MoveResourceState_Response } from '../protocol/generated/tfplugin6';
import { blockValueType, impliedType } from '../schema/blocks';
import { AttributePath } from '../path';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

export function moveResourceState(server: ProviderServer, req: MoveResourceState_Request): Promise<MoveResourceState_Response> {
  const failed = (d: Parameters<typeof diagnosticsToProto>[0]): MoveResourceState_Response => ({ targetState: undefined, diagnostics: diagnosticsToProto(d), targetPrivate: Buffer.alloc(0) });
  return runRpc(
    server,
    'MoveResourceState',
    `move of ${req.sourceTypeName} to ${req.targetTypeName}`,
    { tf_resource_type: req.targetTypeName, tf_source_type: req.sourceTypeName },
    async ({ diagnostics, signal, log }) => {
      // lookup, not resolve: Terraform moves state before it configures the provider.
      const entry = server.lookup(server.resources, 'Resource', req.targetTypeName, diagnostics);
      if (!entry) return failed(diagnostics);
      const raw = parseJsonLossless((req.sourceState?.json ?? Buffer.from('null')).toString('utf8'));
      const source = { typeName: req.sourceTypeName, providerAddress: req.sourceProviderAddress, schemaVersion: req.sourceSchemaVersion };
      for (const mover of entry.definition.stateMovers ?? []) {
        if (mover.sourceTypeName !== undefined && mover.sourceTypeName !== req.sourceTypeName) continue;
        if (mover.sourceSchemaVersion !== undefined && mover.sourceSchemaVersion !== req.sourceSchemaVersion) continue;
        const decoded = fromJsonTree(raw, impliedType(mover.sourceSchema), { lenientAttributes: true });
        const priv = new PrivateStateHolder(req.sourcePrivate);
        const state = await mover.move({
          source,
          sourceState: blockValueType(mover.sourceSchema).toHandler(decoded, AttributePath.ROOT) as Record<string, unknown>,
          private: priv,
          signal,
          log,
          diagnostics,
        });
        if (state === null) continue; // not this mover's source after all
        if (diagnostics.hasErrors()) return failed(diagnostics);
        const value = entry.schema.fromHandler(state);
        const unknown = unknownPaths(entry.schema.type, value);
        if (unknown.length > 0) throw new Error(`moved state has unknown values at ${unknown.join(', ')}`);
        return { targetState: encodeDynamicValue(value, entry.schema.type), diagnostics: diagnosticsToProto(diagnostics), targetPrivate: priv.bytes() };
      }
      diagnostics.error(
        'Unable To Move Resource State',
        `The resource type ${req.targetTypeName} cannot take state from ${req.sourceTypeName} (provider ${req.sourceProviderAddress}, schema version ${req.sourceSchemaVersion}). Move it with terraform state commands, or remove the moved block.`,
      );
      return failed(diagnostics);
    },
    failed,
  );
}
