// tfplugin6.Provider over grpc-js: each method hands its decoded request to the protocol-neutral RPC and
// answers with what it returns. The RPCs never throw (their boundary turns errors into diagnostics); a
// failure here would be a framework bug and surfaces as a gRPC INTERNAL error.
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import type { ProviderServer as ProviderService } from '../protocol/generated/tfplugin6';
import { applyResourceChange } from '../server/apply-resource-change';
import { callFunction, functionsToProto } from '../server/call-function';
import { configureProvider } from '../server/configure-provider';
import { moveResourceState } from '../server/move-resource-state';
import { closeEphemeralResource, openEphemeralResource, renewEphemeralResource } from '../server/ephemeral-resource';
import { getMetadata, getProviderSchema } from '../server/get-provider-schema';
import { importResourceState } from '../server/import-resource-state';
import { planResourceChange } from '../server/plan-resource-change';
import type { ProviderServer } from '../server/provider-server';
import { readDataSource } from '../server/read-data-source';
import { readResource } from '../server/read-resource';
import { upgradeResourceState } from '../server/upgrade-resource-state';
import { validateDataResourceConfig, validateEphemeralResourceConfig, validateProviderConfig, validateResourceConfig } from '../server/validate-config';

function unary<Req, Res>(server: ProviderServer, name: string, fn: (req: Req) => Promise<Res> | Res) {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
    Promise.resolve()
      .then(() => fn(call.request))
      .then(
        (res) => callback(null, res),
        (err: unknown) => {
          server.log.error('Internal error serving RPC', { tf_rpc: name, error: err instanceof Error ? err.message : String(err) });
          callback({ code: status.INTERNAL, details: `${name}: internal provider framework error` });
        },
      );
  };
}

export function providerService(server: ProviderServer): ProviderService {
  return {
    getMetadata: unary(server, 'GetMetadata', () => getMetadata(server)),
    getProviderSchema: unary(server, 'GetProviderSchema', () => getProviderSchema(server)),
    validateProviderConfig: unary(server, 'ValidateProviderConfig', (req) => validateProviderConfig(server, req.config)),
    validateResourceConfig: unary(server, 'ValidateResourceConfig', (req) => validateResourceConfig(server, req.typeName, req.config, req.clientCapabilities)),
    validateDataResourceConfig: unary(server, 'ValidateDataResourceConfig', (req) => validateDataResourceConfig(server, req.typeName, req.config)),
    validateEphemeralResourceConfig: unary(server, 'ValidateEphemeralResourceConfig', (req) => validateEphemeralResourceConfig(server, req.typeName, req.config)),
    upgradeResourceState: unary(server, 'UpgradeResourceState', (req) => upgradeResourceState(server, req)),
    configureProvider: unary(server, 'ConfigureProvider', (req) => configureProvider(server, req)),
    readResource: unary(server, 'ReadResource', (req) => readResource(server, req)),
    planResourceChange: unary(server, 'PlanResourceChange', (req) => planResourceChange(server, req)),
    applyResourceChange: unary(server, 'ApplyResourceChange', (req) => applyResourceChange(server, req)),
    importResourceState: unary(server, 'ImportResourceState', (req) => importResourceState(server, req)),
    moveResourceState: unary(server, 'MoveResourceState', (req) => moveResourceState(server, req)),
    readDataSource: unary(server, 'ReadDataSource', (req) => readDataSource(server, req)),
    openEphemeralResource: unary(server, 'OpenEphemeralResource', (req) => openEphemeralResource(server, req)),
    renewEphemeralResource: unary(server, 'RenewEphemeralResource', (req) => renewEphemeralResource(server, req)),
    closeEphemeralResource: unary(server, 'CloseEphemeralResource', (req) => closeEphemeralResource(server, req)),
    getFunctions: unary(server, 'GetFunctions', () => ({ functions: functionsToProto([...server.functions.values()]), diagnostics: [] })),
    callFunction: unary(server, 'CallFunction', (req) => callFunction(server, req)),
    stopProvider: unary(server, 'StopProvider', () => {
      const cancelled = server.stopInFlight();
      server.log.info('Terraform asked the provider to stop; cancelling in-flight calls', { in_flight: cancelled });
      return { Error: '' };
    }),
  };
}
