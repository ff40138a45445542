// API tokens by id, as one provider process (one Terraform operation) reads them: from one listing of
// the tokens the caller may see (see the framework's CollectionSnapshot), not one call per token. The
// list leaves revoked tokens out (they show only with `archived`), so a token missing from it is gone,
// which is what a revoked token is to the provider anyway.
import { goneAsUndefined } from '../common';
import { CollectionSnapshot } from '../../framework';
import type { VmsClient } from './vms-client';
import { isApiTokenGone } from './vms-errors';
import type { ApiToken } from './vms-models';

const snapshots = new WeakMap<VmsClient, CollectionSnapshot<ApiToken>>();

/** The token with this id, revoked ones included when read on their own; undefined when the VMS does not list or know it. */
export function findApiToken(client: VmsClient, id: string, signal: AbortSignal): Promise<ApiToken | undefined> {
  let snapshot = snapshots.get(client);
  if (snapshot === undefined) {
    snapshot = new CollectionSnapshot<ApiToken>({
      list: (listSignal) => client.listApiTokens({}, { signal: listSignal }),
      keyOf: (token) => token.id,
      read: (tokenId, readSignal) => client.getApiToken(tokenId, { signal: readSignal }).catch(goneAsUndefined(isApiTokenGone)),
      version: () => client.changes,
    });
    snapshots.set(client, snapshot);
  }
  return snapshot.find(id, signal);
}

