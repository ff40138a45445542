// UpgradeResourceState: called for every resource read from state, even at the current version. The raw
// JSON is decoded against the schema version that wrote it, then upgraded one version at a time.
import { fromJsonTree, parseJsonLossless } from '../cty/json-decode';
import { unknownPaths } from '../cty/compare';
import type { Value } from '../cty/value';
import { nullifyWriteOnly } from '../lifecycle/write-only';
import { registerSensitiveValues } from '../lifecycle/sensitive-values';
import { AttributePath } from '../path';
import { diagnosticsToProto, encodeDynamicValue } from '../protocol/convert';
import type { UpgradeResourceState_Request, UpgradeResourceState_Response } from '../protocol/generated/tfplugin6';
import { blockValueType, impliedType, normalizeBlocks, type BlockSchema } from '../schema/blocks';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

export function upgradeResourceState(server: ProviderServer, req: UpgradeResourceState_Request): Promise<UpgradeResourceState_Response> {
  return runRpc(
    server,
    'UpgradeResourceState',
    `state upgrade of ${req.typeName}`,
    { tf_resource_type: req.typeName, tf_state_version: req.version },
    async ({ diagnostics, log }) => {
      const entry = server.lookup(server.resources, 'Resource', req.typeName, diagnostics);
      if (!entry) return { upgradedState: undefined, diagnostics: diagnosticsToProto(diagnostics) };
      const json = req.rawState?.json ?? Buffer.alloc(0);
      if (json.length === 0) {
        if (Object.keys(req.rawState?.flatmap ?? {}).length > 0) {
          diagnostics.error('Unsupported State Format', `The state of this ${req.typeName} was written by Terraform 0.11 or earlier (flatmap format), which this provider cannot read. Refresh it with a Terraform 0.12–1.x release first.`);
        }
        return { upgradedState: encodeDynamicValue(null, entry.schema.type), diagnostics: diagnosticsToProto(diagnostics) };
      }
      const current = entry.schema.version;
      const raw = parseJsonLossless(json.toString('utf8'));
      let value: Value;
      if (req.version === current) {
        value = normalizeBlocks(entry.schema.schema, fromJsonTree(raw, entry.schema.type, { lenientAttributes: true }));
      } else if (req.version > current) {
        diagnostics.error('State Written By A Newer Provider', `The state of this ${req.typeName} has schema version ${req.version}, but this provider only knows versions up to ${current}. Use the provider release that wrote it, or newer.`);
        return { upgradedState: undefined, diagnostics: diagnosticsToProto(diagnostics) };
      } else {
        const upgraders = new Map((entry.definition.stateUpgraders ?? []).map((u) => [u.fromVersion, u]));
        const first = upgraders.get(req.version);
        if (!first) {
          diagnostics.error('Missing State Upgrader', `The provider cannot upgrade ${req.typeName} state from schema version ${req.version} to ${current}: no upgrader from version ${req.version}. This is a bug in the provider.`);
          return { upgradedState: undefined, diagnostics: diagnosticsToProto(diagnostics) };
        }
        const decoded = fromJsonTree(raw, impliedType(first.priorSchema), { lenientAttributes: true });
        registerSensitiveValues(first.priorSchema, decoded);
        let state = blockValueType(first.priorSchema).toHandler(decoded, AttributePath.ROOT) as Record<string, unknown>;
        for (let version = req.version; version < current; version++) {
          const upgrader = upgraders.get(version);
          if (!upgrader) throw new Error(`no state upgrader from schema version ${version} of ${req.typeName}`);
          state = await upgrader.upgrade(state);
          // Check each step against the shape it claims to produce before handing it to the next.
          const nextSchema: BlockSchema = upgraders.get(version + 1)?.priorSchema ?? entry.schema.schema;
          const shaped = blockValueType(nextSchema).fromHandler(state, AttributePath.ROOT);
          state = blockValueType(nextSchema).toHandler(shaped, AttributePath.ROOT) as Record<string, unknown>;
          log.debug('Upgraded state', { from_version: version, to_version: version + 1 });
        }
        value = entry.schema.fromHandler(state);
      }
      value = nullifyWriteOnly(entry.schema.schema, value);
      registerSensitiveValues(entry.schema.schema, value);
      const unknown = unknownPaths(entry.schema.type, value);
      if (unknown.length > 0) throw new Error(`upgraded state still has unknown values at ${unknown.join(', ')}`);
      return { upgradedState: encodeDynamicValue(value, entry.schema.type), diagnostics: diagnosticsToProto(diagnostics) };
    },
    (d) => ({ upgradedState: undefined, diagnostics: diagnosticsToProto(d) }),
  );
}
