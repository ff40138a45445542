import type { GetMetadata_Response, GetProviderSchema_Response, ServerCapabilities } from '../protocol/generated/tfplugin6';
import { schemaToProto } from '../schema/to-proto';
import type { ProviderServer } from './provider-server';

/**
 * Terraform reads capabilities only from this response. plan_destroy lets modifyPlan see destroys;
 * get_provider_schema_optional lets Terraform reuse a cached schema — so nothing may be initialised here.
 */
export const SERVER_CAPABILITIES: ServerCapabilities = { planDestroy: true, getProviderSchemaOptional: true, moveResourceState: false };

const cache = new WeakMap<ProviderServer, GetProviderSchema_Response>();

export function getProviderSchema(server: ProviderServer): GetProviderSchema_Response {
  let response = cache.get(server);
  if (!response) {
    const mapOf = <T extends { schema: { schema: import('../schema/blocks').BlockSchema; version: number } }>(m: Map<string, T>) =>
      Object.fromEntries([...m].map(([name, r]) => [name, schemaToProto(r.schema.schema, r.schema.version)]));
    response = {
      provider: schemaToProto(server.definition.schema),
      resourceSchemas: mapOf(server.resources),
      dataSourceSchemas: mapOf(server.dataSources),
      ephemeralResourceSchemas: mapOf(server.ephemeralResources),
      functions: {},
      diagnostics: [],
      providerMeta: undefined, // an empty Schema here would crash Terraform
      serverCapabilities: SERVER_CAPABILITIES,
    };
    cache.set(server, response);
  }
  return response;
}

export function getMetadata(server: ProviderServer): GetMetadata_Response {
  return {
    serverCapabilities: SERVER_CAPABILITIES,
    diagnostics: [],
    resources: [...server.resources.keys()].map((typeName) => ({ typeName })),
    dataSources: [...server.dataSources.keys()].map((typeName) => ({ typeName })),
    ephemeralResources: [...server.ephemeralResources.keys()].map((typeName) => ({ typeName })),
    functions: [],
  };
}
