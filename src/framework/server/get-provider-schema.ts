import type { GetMetadata_Response, GetProviderSchema_Response, ServerCapabilities } from '../protocol/generated/tfplugin6';
import { schemaToProto } from '../schema/to-proto';
import { functionsToProto } from './call-function';
import type { ProviderServer } from './provider-server';

/**
 * Terraform reads capabilities only from this response. plan_destroy lets modifyPlan see destroys;
 * get_provider_schema_optional lets Terraform reuse a cached schema — so nothing may be initialised here.
 */
export function serverCapabilities(server: ProviderServer): ServerCapabilities {
  // Terraform only sends MoveResourceState to providers that announce it.
  const moves = [...server.resources.values()].some((r) => (r.definition.stateMovers ?? []).length > 0);
  return { planDestroy: true, getProviderSchemaOptional: true, moveResourceState: moves };
}

const cache = new WeakMap<ProviderServer, GetProviderSchema_Response>();

export function getProviderSchema(server: ProviderServer): GetProviderSchema_Response {
  let response = cache.get(server);
  if (!response) {
    const mapOf = <T extends { schema: { schema: import('../schema/blocks').BlockSchema; version: number } }>(m: Map<string, T>) =>
      Object.fromEntries([...m].map(([name, r]) => [name, schemaToProto(r.schema.schema, r.schema.version)]));
    response = {
      provider: schemaToProto(server.providerSchema.schema),
      resourceSchemas: mapOf(server.resources),
      dataSourceSchemas: mapOf(server.dataSources),
      ephemeralResourceSchemas: mapOf(server.ephemeralResources),
      functions: functionsToProto([...server.functions.values()]),
      diagnostics: [],
      providerMeta: undefined, // an empty Schema here would crash Terraform
      serverCapabilities: serverCapabilities(server),
    };
    cache.set(server, response);
  }
  return response;
}

export function getMetadata(server: ProviderServer): GetMetadata_Response {
  return {
    serverCapabilities: serverCapabilities(server),
    diagnostics: [],
    resources: [...server.resources.keys()].map((typeName) => ({ typeName })),
    dataSources: [...server.dataSources.keys()].map((typeName) => ({ typeName })),
    ephemeralResources: [...server.ephemeralResources.keys()].map((typeName) => ({ typeName })),
    functions: [...server.functions.keys()].map((name) => ({ name })),
  };
}
