import { unknownPaths } from '../cty/compare';
import { checkConfigPreserved, describeInconsistencies } from '../lifecycle/consistency';
import { diagnosticsToProto, encodeDynamicValue } from '../protocol/convert';
import type { ReadDataSource_Request, ReadDataSource_Response } from '../protocol/generated/tfplugin6';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

/** ReadDataSource: called once the configuration is wholly known; the result must be too. */
export function readDataSource(server: ProviderServer, req: ReadDataSource_Request): Promise<ReadDataSource_Response> {
  const failed = (d: Parameters<typeof diagnosticsToProto>[0]): ReadDataSource_Response => ({ state: undefined, diagnostics: diagnosticsToProto(d), deferred: undefined });
  return runRpc(
    server,
    'ReadDataSource',
    `read of data source ${req.typeName}`,
    { tf_data_source_type: req.typeName },
    async ({ diagnostics, signal, log }) => {
      const entry = server.resolve(server.dataSources, 'Data Source', req.typeName, diagnostics);
      if (!entry) return failed(diagnostics);
      const config = entry.schema.decode(req.config);
      const result = await entry.definition.read({ config: entry.schema.toHandler(config), provider: entry.data, signal, log, diagnostics });
      if (diagnostics.hasErrors()) return failed(diagnostics);
      const value = entry.schema.fromHandler(result);
      const unknown = unknownPaths(entry.schema.type, value);
      const changed = checkConfigPreserved(entry.schema.schema, config, value);
      if (unknown.length > 0) diagnostics.error('Provider Returned Unknown Values', `The data source ${req.typeName} left these attributes unknown: ${unknown.join(', ')}. This is a bug in the provider.`);
      if (changed.length > 0) diagnostics.error('Provider Changed Configured Values', `The data source ${req.typeName} returned values that differ from its configuration:\n${describeInconsistencies(changed)}\n\nThis is a bug in the provider.`);
      if (diagnostics.hasErrors()) return failed(diagnostics);
      return { state: encodeDynamicValue(value, entry.schema.type), diagnostics: diagnosticsToProto(diagnostics), deferred: undefined };
    },
    failed,
  );
}
