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
import type { ProviderServer, Registered } from './provider-server';
import type { Value } from '../cty/value';
import { runRpc } from './rpc-context';
import type { ConfigValidator } from '../validators/config-validators';

type Validate = ((req: ValidateConfigRequest<never>) => Promise<void> | void) | undefined;

interface Validated {
  readonly validateConfig?: Validate;
  readonly configValidators?: readonly ConfigValidator[];
}

async function validate(schema: CompiledSchema, config: DynamicValue | undefined, diagnostics: Diagnostics, definition: Validated | undefined): Promise<Value> {
  const value = schema.decode(config);
  validateAttributes(schema.schema, value, diagnostics);
  if (definition?.configValidators !== undefined && value !== null) {
    const handlerConfig = schema.toHandler(value) as Readonly<Record<string, unknown>>;
    for (const validator of definition.configValidators) validator.validate(handlerConfig, diagnostics);
  }
  if (definition?.validateConfig && !diagnostics.hasErrors()) await definition.validateConfig({ config: schema.toHandler(value), diagnostics } as ValidateConfigRequest<never>);
  return value;
}

export function validateProviderConfig(server: ProviderServer, config: DynamicValue | undefined): Promise<ValidateProviderConfig_Response> {
  return runRpc(
    server,
    'ValidateProviderConfig',
    'provider configuration validation',
    {},
    async ({ diagnostics }) => {
      await validate(server.providerSchema, config, diagnostics, bound(server.definition as Validated));
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
        const value = await validate(entry.schema, config, diagnostics, bound(entry.definition));
        // Hosts that do not announce write-only support (absent capabilities count as none, e.g. OpenTofu
        // ≤ 1.10) would treat these as ordinary attributes and fail later with a confusing plan error.
        if (!capabilities?.writeOnlyAttributesAllowed) {
          for (const at of configuredWriteOnlyPaths(entry.schema.schema, value)) {
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
  return validateType(server, server.dataSources, 'Data Source', 'ValidateDataResourceConfig', typeName, config);
}

export function validateEphemeralResourceConfig(server: ProviderServer, typeName: string, config: DynamicValue | undefined): Promise<ValidateEphemeralResourceConfig_Response> {
  return validateType(server, server.ephemeralResources, 'Ephemeral Resource', 'ValidateEphemeralResourceConfig', typeName, config);
}

function validateType(
  server: ProviderServer,
  map: Map<string, Registered<Validated>>,
  kind: string,
  rpc: string,
  typeName: string,
  config: DynamicValue | undefined,
): Promise<{ diagnostics: ReturnType<typeof diagnosticsToProto> }> {
  return runRpc(
    server,
    rpc,
    `validation of ${kind.toLowerCase()} ${typeName}`,
    { [`tf_${kind.toLowerCase().replace(' ', '_')}_type`]: typeName },
    async ({ diagnostics }) => {
      const entry = server.lookup(map, kind, typeName, diagnostics);
      if (entry) await validate(entry.schema, config, diagnostics, bound(entry.definition));
      return { diagnostics: diagnosticsToProto(diagnostics) };
    },
    (d) => ({ diagnostics: diagnosticsToProto(d) }),
  );
}

function bound(definition: Validated): Validated {
  return {
    ...(definition.validateConfig ? { validateConfig: definition.validateConfig.bind(definition) } : {}),
    ...(definition.configValidators ? { configValidators: definition.configValidators } : {}),
  };
}
