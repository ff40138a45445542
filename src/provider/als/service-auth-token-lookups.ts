// Service auth tokens by guid, as one provider process (one Terraform operation) reads them: from one
// listing (all pages, 100 a page; see the framework's CollectionSnapshot), not one call per token.
// Cloud Controller lists service auth tokens to admins only (anyone else gets an empty list but a 403
// for a single read), so a guid missing from the list is gone only for an admin; for anyone else it is
// read on its own, and fails as it always would.
import { goneAsUndefined } from '../common';
import { CollectionSnapshot } from '../../framework';
import type { AlsClient } from './als-client';
import { isServiceAuthTokenGone } from './als-errors';
import type { ServiceAuthToken } from './als-models';

const snapshots = new WeakMap<AlsClient, CollectionSnapshot<ServiceAuthToken>>();

/** The token with this guid, or undefined when Cloud Controller does not know it. */
export function findServiceAuthTokenByGuid(client: AlsClient, guid: string, signal: AbortSignal): Promise<ServiceAuthToken | undefined> {
  let snapshot = snapshots.get(client);
  if (snapshot === undefined) {
    snapshot = new CollectionSnapshot<ServiceAuthToken>({
      list: (listSignal) => client.listServiceAuthTokens({ signal: listSignal }),
      keyOf: (token) => token.guid,
      read: (tokenGuid, readSignal) => client.getServiceAuthToken(tokenGuid, { signal: readSignal }).catch(goneAsUndefined(isServiceAuthTokenGone)),
      version: () => client.changes,
      absentMeansGone: () => client.identity?.admin === true,
    });
    snapshots.set(client, snapshot);
  }
  return snapshot.find(guid, signal);
}

