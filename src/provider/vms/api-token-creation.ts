// Creating an API token without ever leaving a blind duplicate behind. The VMS shows a token's secret
// only in the create answer, so a token whose answer was lost can never be used; it must not stay live
// (it would also hold one of the owner's few token slots). Every create is therefore marked: the token
// is created under its name followed by a creation marker (the VMS has no note field), e.g.
// `ci-deploy [tf-create:0123456789abcdef]`, then renamed to its name right after. When an answer is
// lost, the provider lists the owner's tokens, revokes the one carrying this create's marker, and creates
// again, with a warning saying so.
// Renaming takes the Security realm's Edit permission, which creating does not: without it, the token
// keeps the marker in its VMS name (with a warning), and reads show the name without it.
import { check, type Diagnostics, type Validator } from '../../framework';
import { createWithoutDuplicates } from '../adoption/create-without-duplicates';
import { hasMarker, newCreationMarker, withMarker, withoutMarker } from '../adoption/creation-marker';
import { PlatformError } from '../common';
import type { VmsClient } from './vms-client';
import type { ApiToken } from './vms-models';

export interface NewApiTokenRequest {
  /** The token's name; default `<owner>_api_token`, as the VMS names it. */
  readonly name?: string | undefined;
  /** Default: the authenticated user. */
  readonly owner?: string | undefined;
  /** A duration in the VMS grammar, counted from creation; default: the VMS's. */
  readonly expiry?: string | undefined;
}

export interface NewApiToken {
  /** The token as the VMS shows it, its name without the creation marker. */
  readonly apiToken: ApiToken;
  /** `<id>.<secret>`: known only now. */
  readonly value: string;
}

export interface NewApiTokenOptions {
  readonly signal: AbortSignal;
  readonly diagnostics: Diagnostics;
  /**
   * Called as soon as the token exists, and again once it is read back, so that a failure afterwards (a
   * cancelled run) never loses a token whose secret is known.
   */
  readonly onCreated?: (token: { readonly id: string; readonly value: string; readonly name: string; readonly details?: ApiToken }) => void;
}

/** The VMS's default name for a token of `owner`. */
export function defaultApiTokenName(owner: string): string {
  return `${owner}_api_token`;
}

/** Names the provider could not tell from its own marked ones (reads drop a trailing marker). */
export const unmarkedName: Validator<string> = check('must not end with a creation marker such as "[tf-create:0123456789abcdef]", which the provider writes itself', (name) => withoutMarker(name) === name);

/** A token's name as configured: its VMS name without a creation marker the rename could not remove. */
export function configuredName(vmsName: string): string {
  return withoutMarker(vmsName);
}

export async function newApiToken(client: VmsClient, request: NewApiTokenRequest, options: NewApiTokenOptions): Promise<NewApiToken> {
  const { signal, diagnostics } = options;
  const name = request.name ?? defaultApiTokenName(request.owner ?? (await authenticatedUser(client, signal)));
  const marker = newCreationMarker();
  const markedName = withMarker(name, marker);
  const orphans: ApiToken[] = [];

  const created = await createWithoutDuplicates({
    what: 'VMS API token',
    create: () => client.createApiToken({ name: markedName, owner: request.owner, expiry_date: request.expiry }, { signal }),
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

  options.onCreated?.({ id: created.id, value: created.token, name });
  const details = { ...(await client.getApiToken(created.id, { signal })), name };
  options.onCreated?.({ id: created.id, value: created.token, name, details });
  try {
    await client.modifyApiToken(created.id, { name }, { signal });
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    diagnostics.warning(
      'VMS API Token Keeps Its Creation Marker',
      `The API token ${created.id} was created as ${JSON.stringify(markedName)} and could not be renamed to ${JSON.stringify(name)} (${error.message}). ` +
        'It works as configured, and Terraform shows its name without the marker; a later change of its name removes the marker.',
    );
  }
  return { apiToken: details, value: created.token };
}

/**
 * Who the VMS will make the owner when none is named: the user the client logs in as, or, with an API
 * token, that token's owner (one read of the provider's own token).
 */
async function authenticatedUser(client: VmsClient, signal: AbortSignal): Promise<string> {
  if (client.username !== undefined) return client.username;
  if (client.apiTokenId === undefined) throw new Error('the VMS client authenticates neither as a user nor with an API token');
  return (await client.getApiToken(client.apiTokenId, { signal })).owner;
}
