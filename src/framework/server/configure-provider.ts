import { diagnosticsToProto } from '../protocol/convert';
import type { ConfigureProvider_Request, ConfigureProvider_Response } from '../protocol/generated/tfplugin6';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

export function configureProvider(server: ProviderServer, req: ConfigureProvider_Request): Promise<ConfigureProvider_Response> {
  return runRpc(
    server,
    'ConfigureProvider',
    'provider configuration',
    { tf_terraform_version: req.terraformVersion },
    async ({ diagnostics, log }) => {
      const config = server.providerSchema.decode(req.config);
      const data = await server.definition.configure({
        config: server.providerSchema.toHandler(config),
        terraformVersion: req.terraformVersion,
        log,
        diagnostics,
      });
      if (!diagnostics.hasErrors()) server.setConfigured(data);
      return { diagnostics: diagnosticsToProto(diagnostics) };
    },
    (d) => ({ diagnostics: diagnosticsToProto(d) }),
  );
}
