// The authtoken provider served in the test process, configured for running emulators, as one
// Terraform operation sees it: ConfigureProvider, then ReadResource RPCs (concurrently, as Terraform's
// refresh sends them). Each `operation()` is a new provider server, as each Terraform walk is a new
// provider process.
import { createLogger } from '../../src/framework/logging/logger';
import type { Diagnostic } from '../../src/framework/protocol/generated/tfplugin6';
import { configureProvider } from '../../src/framework/server/configure-provider';
import { ProviderServer } from '../../src/framework/server/provider-server';
import { readResource } from '../../src/framework/server/read-resource';
import type { Value } from '../../src/framework/cty/value';
import type { BlockSchema } from '../../src/framework/schema/blocks';
import { authtokenProvider, type AuthtokenClients } from '../../src/provider/authtoken-provider';
import { Diagnostics } from '../../src/framework/diag/diagnostics';
import type { RunningEmulators } from '../../src/emulators/start-emulators';
import { dynamic, objectValue, undynamic } from './in-process-provider';

const providerSchema = authtokenProvider.schema as BlockSchema;
const blocks = providerSchema.blocks!;

export interface ReadResult {
  readonly state: Record<string, Value> | null;
  readonly errors: readonly string[];
}

export interface AuthtokenOperation {
  readonly server: ProviderServer;
  /** ReadResource for each of these states, all sent at once. */
  read(typeName: string, states: readonly Record<string, Value>[]): Promise<ReadResult[]>;
  /** ConfigureProvider again on the same server, as a long-lived (debug, reattached) provider sees the next operation. */
  configureAgain(): Promise<void>;
  /** What ConfigureProvider made: the platform connections the handlers get as `provider`. */
  clients(): AuthtokenClients;
}

/** Each platform's admin, unless `users` names another (username and password). */
export async function authtokenOperation(emulators: RunningEmulators, users: { als?: { username: string; password: string } } = {}): Promise<AuthtokenOperation> {
  const server = new ProviderServer(authtokenProvider, createLogger({ module: 'provider.authtoken', level: 'off' }));
  const c = { ...emulators.connection, als: { ...emulators.connection.als, ...users.als } };
  const block = (name: string, values: Record<string, string>) => objectValue(blocks[name]!.schema, values);
  const config = objectValue(providerSchema, {
    als: block('als', { api_endpoint: c.als.api_endpoint, username: c.als.username, password: c.als.password }),
    vms: block('vms', { endpoint: c.vms.endpoint, username: c.vms.username, password: c.vms.password }),
    openshift: block('openshift', { server: c.openshift.server, username: c.openshift.username, password: c.openshift.password }),
  });
  const configure = async () => {
    const r = await configureProvider(server, { terraformVersion: '1.11.4', config: dynamic(providerSchema, config), clientCapabilities: undefined });
    if (r.diagnostics.length > 0) throw new Error(JSON.stringify(r.diagnostics));
  };
  await configure();
  return {
    server,
    configureAgain: configure,
    clients: () => server.providerData(new Diagnostics())!.data as AuthtokenClients,
    async read(typeName, states) {
      const schema = server.resources.get(typeName)!.definition.schema as BlockSchema;
      return Promise.all(
        states.map(async (state) => {
          const r = await readResource(server, {
            typeName,
            currentState: dynamic(schema, objectValue(schema, state)),
            private: Buffer.alloc(0),
            providerMeta: undefined,
            clientCapabilities: undefined,
          });
          return { state: undynamic(schema, r.newState) as Record<string, Value> | null, errors: r.diagnostics.map((d: Diagnostic) => `${d.summary}: ${d.detail}`) };
        }),
      );
    },
  };
}
