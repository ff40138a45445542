// Open, Renew and Close for ephemeral resources. Results are never stored; `private` carries what close
// needs (e.g. which token to revoke) from open through renew to close.
import { isWhollyKnown, unknownPaths } from '../cty/compare';
import { checkConfigPreserved, describeInconsistencies } from '../lifecycle/consistency';
import { decodePrivate, encodePrivate } from '../private-state';
import { diagnosticsToProto, encodeDynamicValue } from '../protocol/convert';
import type {
  CloseEphemeralResource_Request,
  CloseEphemeralResource_Response,
  OpenEphemeralResource_Request,
  OpenEphemeralResource_Response,
  RenewEphemeralResource_Request,
  RenewEphemeralResource_Response,
} from '../protocol/generated/tfplugin6';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

export function openEphemeralResource(server: ProviderServer, req: OpenEphemeralResource_Request): Promise<OpenEphemeralResource_Response> {
  const failed = (d: Parameters<typeof diagnosticsToProto>[0]): OpenEphemeralResource_Response => ({
    diagnostics: diagnosticsToProto(d),
    renewAt: undefined,
    result: undefined,
    private: undefined,
    deferred: undefined,
  });
  return runRpc(
    server,
    'OpenEphemeralResource',
    `opening of ephemeral resource ${req.typeName}`,
    { tf_ephemeral_resource_type: req.typeName },
    async ({ diagnostics, signal, log }) => {
      const entry = server.resolve(server.ephemeralResources, 'Ephemeral Resource', req.typeName, diagnostics);
      if (!entry) return failed(diagnostics);
      const config = entry.schema.decode(req.config);
      if (!isWhollyKnown(config)) {
        diagnostics.error('Configuration Not Known', `The ephemeral resource ${req.typeName} cannot be opened until its configuration is known.`);
        return failed(diagnostics);
      }
      const opened = await entry.definition.open({ config: entry.schema.toHandler(config), provider: entry.data, signal, log, diagnostics });
      if (diagnostics.hasErrors()) return failed(diagnostics);
      const value = entry.schema.fromHandler(opened.result);
      const unknown = unknownPaths(entry.schema.type, value);
      const changed = checkConfigPreserved(entry.schema.schema, config, value);
      if (unknown.length > 0) diagnostics.error('Provider Returned Unknown Values', `The ephemeral resource ${req.typeName} left these attributes unknown: ${unknown.join(', ')}. This is a bug in the provider.`);
      if (changed.length > 0) diagnostics.error('Provider Produced Invalid Ephemeral Result', `The ephemeral resource ${req.typeName} returned values that differ from its configuration:\n${describeInconsistencies(changed)}\n\nThis is a bug in the provider.`);
      return {
        diagnostics: diagnosticsToProto(diagnostics),
        renewAt: opened.renewAt,
        result: diagnostics.hasErrors() ? undefined : encodeDynamicValue(value, entry.schema.type),
        // Close still needs to find what was opened, even when the result was rejected.
        private: opened.private === undefined ? undefined : encodePrivate(opened.private),
        deferred: undefined,
      };
    },
    failed,
  );
}

export function renewEphemeralResource(server: ProviderServer, req: RenewEphemeralResource_Request): Promise<RenewEphemeralResource_Response> {
  const failed = (d: Parameters<typeof diagnosticsToProto>[0]): RenewEphemeralResource_Response => ({ diagnostics: diagnosticsToProto(d), renewAt: undefined, private: req.private });
  return runRpc(
    server,
    'RenewEphemeralResource',
    `renewal of ephemeral resource ${req.typeName}`,
    { tf_ephemeral_resource_type: req.typeName },
    async ({ diagnostics, signal, log }) => {
      const entry = server.resolve(server.ephemeralResources, 'Ephemeral Resource', req.typeName, diagnostics);
      if (!entry || !entry.definition.renew) return failed(diagnostics);
      const renewed = await entry.definition.renew({ private: decodePrivate(req.private), provider: entry.data, signal, log, diagnostics });
      return {
        diagnostics: diagnosticsToProto(diagnostics),
        renewAt: renewed.renewAt,
        private: renewed.private === undefined ? req.private : encodePrivate(renewed.private),
      };
    },
    failed,
  );
}

export function closeEphemeralResource(server: ProviderServer, req: CloseEphemeralResource_Request): Promise<CloseEphemeralResource_Response> {
  const respond = (d: Parameters<typeof diagnosticsToProto>[0]): CloseEphemeralResource_Response => ({ diagnostics: diagnosticsToProto(d) });
  return runRpc(
    server,
    'CloseEphemeralResource',
    `closing of ephemeral resource ${req.typeName}`,
    { tf_ephemeral_resource_type: req.typeName },
    async ({ diagnostics, signal, log }) => {
      const entry = server.resolve(server.ephemeralResources, 'Ephemeral Resource', req.typeName, diagnostics);
      if (entry?.definition.close) {
        await entry.definition.close({ private: decodePrivate(req.private), provider: entry.data, signal, log, diagnostics });
      }
      return respond(diagnostics);
    },
    respond,
  );
}
