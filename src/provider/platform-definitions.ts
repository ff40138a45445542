// Definition helpers for one platform's Terraform types. Besides what the framework's `definitions()`
// gives, a resource planned here:
//   - fails at plan, before any API call, when its platform is not configured (one diagnostic naming the
//     provider block and the environment variables), unless the configuration is still unknown;
//   - refuses to be destroyed or replaced when it is the very token the provider authenticates with;
//   - keeps its prior state, with a warning, when a refresh cannot reach the platform because the
//     configuration is unknown (a provider configured from a token this plan re-creates): an object that
//     cannot be read back is not drift, and failing would block the very plan that heals the token.
import { definitions, type ModifyPlanRequest, type ReadRequest, type ResourceDefinition, type State } from '../framework';
import type { AnyDataSource } from '../framework/data-source';
import type { AnyEphemeralResource } from '../framework/ephemeral-resource';
import type { AnyResource } from '../framework/resource';
import type { ResourceSchema } from '../framework';
import { PLATFORM_DISPLAY_NAMES, type PlatformName } from './common';
import type { AuthtokenClients } from './authtoken-clients';

export interface PlatformTypes {
  readonly resources: readonly AnyResource<AuthtokenClients>[];
  readonly dataSources: readonly AnyDataSource<AuthtokenClients>[];
  readonly ephemeralResources: readonly AnyEphemeralResource<AuthtokenClients>[];
}

type ClientOf<K extends PlatformName> = ReturnType<AuthtokenClients[K]['client']>;

export interface PlatformResourceDefinition<K extends PlatformName, S extends ResourceSchema, P> extends ResourceDefinition<S, P, AuthtokenClients> {
  /**
   * Whether this object is the credential the provider itself authenticates with (decided without an API
   * call). Destroying or replacing it is refused at plan: the run would cut off its own access midway.
   */
  isProviderCredential?(state: State<S>, client: ClientOf<K>): boolean;
}

export function platformDefinitions<K extends PlatformName>(platform: K) {
  const base = definitions<AuthtokenClients>();
  return {
    resource: <const S extends ResourceSchema, P = never>(def: PlatformResourceDefinition<K, S, P>): ResourceDefinition<S, P, AuthtokenClients> => ({
      ...def,
      async read(req: ReadRequest<S, P, AuthtokenClients>) {
        const connection = req.provider[platform];
        if (!connection.unknown) return def.read(req);
        const name = PLATFORM_DISPLAY_NAMES[platform];
        req.diagnostics.warning(
          `${name} Token Not Refreshed`,
          `This ${def.typeName}${idOf(req.state)} keeps its prior state: the provider's ${platform} block depends on values known only after apply, so ${name} cannot be asked about it in this run.`,
        );
        return req.state;
      },
      async modifyPlan(req: ModifyPlanRequest<S, P, AuthtokenClients>) {
        const connection = req.provider[platform];
        connection.checkConfigured();
        await def.modifyPlan?.(req);
        const removing = req.action === 'delete' || req.replacing;
        if (removing && req.prior !== null && def.isProviderCredential && !connection.unknown) {
          if (def.isProviderCredential(req.prior, connection.client() as ClientOf<K>)) {
            const name = PLATFORM_DISPLAY_NAMES[platform];
            req.diagnostics.error(
              `Refusing to ${req.action === 'delete' ? 'Revoke' : 'Replace'} the Provider's Own ${name} Token`,
              `This ${def.typeName}${idOf(req.prior)} is the token the provider authenticates to ${name} with; ${req.action === 'delete' ? 'revoking' : 'replacing'} it would cut the provider off in the middle of the run. ` +
                `Configure the provider's ${platform} block with another credential first (or remove this resource from state with terraform state rm), then run this again.`,
            );
          }
        }
      },
    }),
    dataSource: base.dataSource,
    ephemeralResource: base.ephemeralResource,
  };
}

/** ` (id X)`: a removed resource has no configuration Terraform could point at, so the message names it. */
function idOf(state: unknown): string {
  const id = (state as { id?: unknown }).id;
  return typeof id === 'string' ? ` (id ${id})` : '';
}
