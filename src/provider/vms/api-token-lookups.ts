// API tokens by id, as one provider process (one Terraform operation) reads them: from one listing of
// the tokens the caller may see (see the framework's CollectionSnapshot), not one call per token. The
// list leaves revoked tokens out (they show only with `archived`), so a token missing from it is gone,
// which is what a revoked token is to the provider anyway.
import { goneAsUndefined, perClient } from '../common';
import { CollectionSnapshot } from '../../framework';
import type { VmsClient } from './vms-client';
import { isApiTokenGone } from './vms-errors';
import type { ApiToken } from './vms-models';

const snapshotOf = perClient(
  (client: VmsClient) =>
    new CollectionSnapshot<ApiToken>({
      list: (signal) => client.listApiTokens({}, { signal }),
      keyOf: (token) => token.id,
      read: (id, signal) => client.getApiToken(id, { signal }).catch(goneAsUndefined(isApiTokenGone)),
      version: () => client.changes,
    }),
);

/** The token with this id, revoked ones included when read on their own; undefined when the VMS does not list or know it. */
export function findApiToken(client: VmsClient, id: string, signal: AbortSignal): Promise<ApiToken | undefined> {
  return snapshotOf(client).find(id, signal);
}

