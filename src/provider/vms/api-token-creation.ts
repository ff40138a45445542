// Creating an API token without ever leaving a blind duplicate behind. The VMS shows a token's secret
// only in the create answer, so a token whose answer was lost can never be used; it must not stay live
// (it would also hold one of the owner's few token slots). Every create is therefore marked: the token
// is created under a temporary name that ends in a creation marker (the VMS has no note field), then
// renamed to its real name right after. When an answer is lost, the provider lists the owner's tokens,
// revokes the one carrying this create's marker, and creates again, with a warning saying so.
import type { Diagnostics } from '../../framework';
import { createWithoutDuplicates } from '../adoption/create-without-duplicates';
import { MARKER_LENGTH, hasMarker, newCreationMarker, withMarker } from '../adoption/creation-marker';
import type { VmsClient } from './vms-client';
import type { ApiToken } from './vms-models';

/** [inferred] The VMS's cap on names (DRF CharField); the temporary name is cut to fit under it. */
const MAX_NAME_LENGTH = 255;

export interface NewApiTokenRequest {
  /** The token's name; default `<owner>_api_token`, as the VMS names it. */
  readonly name?: string | undefined;
  /** Default: the authenticated user. */
  readonly owner?: string | undefined;
  /** A duration in the VMS grammar, counted from creation; default: the VMS's. */
  readonly expiry?: string | undefined;
}

export interface NewApiToken {
  /** The token as the VMS shows it, with its final name. */
  readonly apiToken: ApiToken;
  /** `<id>.<secret>`: known only now. */
  readonly value: string;
}

export interface NewApiTokenOptions {
  readonly signal: AbortSignal;
  readonly diagnostics: Diagnostics;
  /**
   * Called as soon as the token exists, and again once it is read back, so that a failure afterwards
   * (the rename, a cancelled run) never loses a token whose secret is known.
   */
  readonly onCreated?: (token: { readonly id: string; readonly value: string; readonly details?: ApiToken; readonly name: string }) => void;
}

/** The VMS's default name for a token of `owner`. */
export function defaultApiTokenName(owner: string): string {
  return `${owner}_api_token`;
}

export async function newApiToken(client: VmsClient, request: NewApiTokenRequest, options: NewApiTokenOptions): Promise<NewApiToken> {
  const { signal, diagnostics } = options;
  const marker = newCreationMarker();
  const intended = request.name ?? (request.owner === undefined ? '' : defaultApiTokenName(request.owner));
  const temporaryName = withMarker(intended.slice(0, MAX_NAME_LENGTH - MARKER_LENGTH), marker);
  const orphans: ApiToken[] = [];

  const created = await createWithoutDuplicates({
    what: 'VMS API token',
    create: () => client.createApiToken({ name: temporaryName, owner: request.owner, expiry_date: request.expiry }, { signal }),
    // A token found here was made, but its secret went with the lost answer: revoke it, adopt nothing.
    find: async () => {
      const listed = await client.listApiTokens(request.owner === undefined ? {} : { owner: request.owner }, { signal });
      for (const orphan of listed.filter((t) => hasMarker(t.name, marker))) {
        await client.revokeApiToken(orphan.id, { signal });
        orphans.push(orphan);
      }
      return undefined;
    },
    diagnostics,
  }).finally(() => {
    if (orphans.length > 0) {
      diagnostics.warning(
        'Revoked a VMS API Token Whose Create Answer Was Lost',
        `The answer to a create request was lost, so the secret of the API token it created could never be known. The provider found that token by its creation marker ` +
          `(${orphans.map((o) => `id ${o.id}, named ${JSON.stringify(o.name)}`).join('; ')}) among the tokens of ${request.owner === undefined ? 'the authenticated user' : JSON.stringify(request.owner)} ` +
          'and revoked it, then created the token again: no unusable token is left live.',
      );
    }
  });

  options.onCreated?.({ id: created.id, value: created.token, name: temporaryName });
  const details = await client.getApiToken(created.id, { signal });
  const name = request.name ?? defaultApiTokenName(details.owner);
  options.onCreated?.({ id: created.id, value: created.token, name: details.name, details });
  await client.modifyApiToken(created.id, { name }, { signal });
  return { apiToken: { ...details, name }, value: created.token };
}
