// Service auth tokens by guid, as one provider process (one Terraform operation) reads them: from one
// listing (all pages, 100 a page; see the framework's CollectionSnapshot), not one call per token.
// Cloud Controller lists service auth tokens to admins only (anyone else gets an empty list but a 403
// for a single read), so a guid missing from the list is gone only for an admin; for anyone else it is
// read on its own, and fails as it always would.
import { goneAsUndefined, perClient } from '../common';
import { CollectionSnapshot } from '../../framework';
import type { AlsClient } from './als-client';
import { isServiceAuthTokenGone } from './als-errors';
import type { ServiceAuthToken } from './als-models';

const snapshotOf = perClient(
  (client: AlsClient) =>
    new CollectionSnapshot<ServiceAuthToken>({
      list: (signal) => client.listServiceAuthTokens({ signal }),
      keyOf: (token) => token.guid,
      read: (guid, signal) => client.getServiceAuthToken(guid, { signal }).catch(goneAsUndefined(isServiceAuthTokenGone)),
      version: () => client.changes,
      absentMeansGone: () => client.identity?.admin === true,
    }),
);

/** The token with this guid, or undefined when Cloud Controller does not know it. */
export function findServiceAuthTokenByGuid(client: AlsClient, guid: string, signal: AbortSignal): Promise<ServiceAuthToken | undefined> {
  return snapshotOf(client).find(guid, signal);
}
