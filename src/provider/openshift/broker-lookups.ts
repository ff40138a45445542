// Lookups shared by every RPC one provider process serves, per client: the broker's API description
// (fetched once: it is the same for the whole run) and authorizations by id, answered from one listing
// for the whole operation (see the framework's CollectionSnapshot), not one call per token.
// The list shows only tokens that still authenticate (neither expired nor revoked), so an id missing
// from it is a token that is gone, whichever way it went.
//
// Each token read also tells the broker's time (see broker-clock.ts), remembered for the plan that
// follows the refresh in the same run (see renewal/read-clock.ts).
import { CollectionSnapshot } from '../../framework';
import { perClient } from '../common';
import { recordRead } from '../renewal/read-clock';
import type { BrokerApi } from './api-discovery';
import type { Authorization } from './authorization-models';
import type { OpenShiftBrokerClient } from './broker-client';
import { brokerNow } from './broker-clock';

const apis = new WeakMap<OpenShiftBrokerClient, Promise<BrokerApi>>();

/** `GET /broker/rest/api` (no credentials, not a token call), once per client. */
export function advertisedApi(client: OpenShiftBrokerClient, signal?: AbortSignal): Promise<BrokerApi> {
  let api = apis.get(client);
  if (api === undefined) {
    api = client.api(signal === undefined ? {} : { signal });
    // A failure is not remembered: the next caller asks again.
    api.catch(() => apis.delete(client));
    apis.set(client, api);
  }
  return api;
}

const snapshotOf = perClient(
  (client: OpenShiftBrokerClient) =>
    new CollectionSnapshot<Authorization>({
      list: async (signal) => {
        const listed = await client.listAuthorizations({ signal });
        for (const authorization of listed) observed(client, authorization);
        return listed;
      },
      keyOf: (authorization) => authorization.id,
      // No single read: the broker hides authorizations from a credential without the session scope, and a
      // show through one answers 404 as if the token were gone; only the list tells (by its X-OAuth-Scopes,
      // see listAuthorizations), so every read goes through a listing, and a refused listing fails it.
      version: () => client.changes,
    }),
);

/** The caller's authorization with this id, as this operation reads it; undefined when it is deleted, expired or revoked. */
export function findAuthorization(client: OpenShiftBrokerClient, id: string, signal?: AbortSignal): Promise<Authorization | undefined> {
  return snapshotOf(client).find(id, signal);
}

/** The authorization as the broker shows it now (one call); undefined when it is deleted or expired. */
export async function currentAuthorization(client: OpenShiftBrokerClient, id: string, signal?: AbortSignal): Promise<Authorization | undefined> {
  const lookup = await client.lookupAuthorization(id, signal === undefined ? {} : { signal });
  if (lookup.status !== 'active') return undefined;
  observed(client, lookup.authorization);
  return lookup.authorization;
}

/** Remembers the broker's time as this answer about the authorization shows it. */
function observed(client: OpenShiftBrokerClient, authorization: Authorization): void {
  recordRead(client, authorization.id, brokerNow(authorization));
}
