// ValidateProviderConfig, ValidateResourceConfig, ValidateDataResourceConfig and
// ValidateEphemeralResourceConfig: semantic checks on configuration, with no API calls.
import type { Diagnostics } from '../diag/diagnostics';
import { configuredWriteOnlyPaths, validateAttributes } from '../lifecycle/validate-attributes';
import { diagnosticsToProto } from '../protocol/convert';
import type {
  ClientCapabilities,
  DynamicValue,
  ValidateDataResourceConfig_Response,
  ValidateEphemeralResourceConfig_Response,
  ValidateProviderConfig_Response,
  ValidateResourceConfig_Response,
} from '../protocol/generated/tfplugin6';
import type { ValidateConfigRequest } from '../resource';
import type { CompiledSchema } from './compiled-schema';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

type Validate = ((req: ValidateConfigRequest<never>) => Promise<void> | void) | undefined;

async function validate(schema: CompiledSchema, config: DynamicValue | undefined, diagnostics: Diagnostics, custom: Validate): Promise<void> {
  const value = schema.decode(config);
  validateAttributes(schema.schema, value, diagnostics);
  if (custom && !diagnostics.hasErrors()) await custom({ config: schema.toHandler(value), diagnostics } as ValidateConfigRequest<never>);
}

export function validateProviderConfig(server: ProviderServer, config: DynamicValue | undefined): Promise<ValidateProviderConfig_Response> {
  return runRpc(
    server,
    'ValidateProviderConfig',
    'provider configuration validation',
    {},
    async ({ diagnostics }) => {
      await validate(server.providerSchema, config, diagnostics, server.definition.validateConfig?.bind(server.definition));
      return { diagnostics: diagnosticsToProto(diagnostics) };
    },
    (d) => ({ diagnostics: diagnosticsToProto(d) }),
  );
}

export function validateResourceConfig(
  server: ProviderServer,
  typeName: string,
  config: DynamicValue | undefined,
  capabilities: ClientCapabilities | undefined,
): Promise<ValidateResourceConfig_Response> {
  return runRpc(
    server,
    'ValidateResourceConfig',
    `validation of ${typeName}`,
    { tf_resource_type: typeName },
    async ({ diagnostics, log }) => {
      const entry = server.lookup(server.resources, 'Resource', typeName, diagnostics);
      if (entry) {
        log.trace('Client capabilities', { present: capabilities !== undefined, write_only_attributes_allowed: capabilities?.writeOnlyAttributesAllowed });
        await validate(entry.schema, config, diagnostics, entry.definition.validateConfig?.bind(entry.definition));
        // Hosts that announce no write-only support would silently store nothing for these attributes.
        if (capabilities !== undefined && !capabilities.writeOnlyAttributesAllowed) {
          for (const at of configuredWriteOnlyPaths(entry.schema.schema, entry.schema.decode(config))) {
            diagnostics.error(
              'Write-only Attribute Not Allowed',
              `The attribute ${at.toString()} is write-only, which this version of Terraform does not support. Use Terraform 1.11 or later, or set the non-write-only alternative instead.`,
              at,
            );
          }
        }
      }
      return { diagnostics: diagnosticsToProto(diagnostics) };
    },
    (d) => ({ diagnostics: diagnosticsToProto(d) }),
  );
}

export function validateDataResourceConfig(server: ProviderServer, typeName: string, config: DynamicValue | undefined): Promise<ValidateDataResourceConfig_Response> {
  return runRpc(
    server,
    'ValidateDataResourceConfig',
    `validation of data source ${typeName}`,
    { tf_data_source_type: typeName },
    async ({ diagnostics }) => {
      const entry = server.lookup(server.dataSources, 'Data Source', typeName, diagnostics);
      if (entry) await validate(entry.schema, config, diagnostics, entry.definition.validateConfig?.bind(entry.definition));
      return { diagnostics: diagnosticsToProto(diagnostics) };
    },
    (d) => ({ diagnostics: diagnosticsToProto(d) }),
  );
}

export function validateEphemeralResourceConfig(server: ProviderServer, typeName: string, config: DynamicValue | undefined): Promise<ValidateEphemeralResourceConfig_Response> {
  return runRpc(
    server,
    'ValidateEphemeralResourceConfig',
    `validation of ephemeral resource ${typeName}`,
    { tf_ephemeral_resource_type: typeName },
    async ({ diagnostics }) => {
      const entry = server.lookup(server.ephemeralResources, 'Ephemeral Resource', typeName, diagnostics);
      if (entry) await validate(entry.schema, config, diagnostics, entry.definition.validateConfig?.bind(entry.definition));
      return { diagnostics: diagnosticsToProto(diagnostics) };
    },
    (d) => ({ diagnostics: diagnosticsToProto(d) }),
  );
}
