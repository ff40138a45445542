// Creating an API token without ever leaving a blind duplicate or an orphan behind. The VMS shows a
// token's secret only in the create answer, so a token whose answer was lost can never be used; it must not
// stay live (it would also hold one of the owner's few token slots). Every create is therefore marked: the
// token is created under its name followed by a creation marker (the VMS has no note field), e.g.
// `ci-deploy [tf-create:0123456789abcdef-01234567]`, and renamed to its name once it is safe. When an answer is lost,
// the provider lists the owner's tokens, revokes the one carrying the marker, and creates again, with a
// warning saying so.
// A managed token's marker comes from its configuration and stays until Terraform has shown it holds the
// token (adoption/creation-ledger.ts). Before creating, the provider revokes any token still carrying the
// marker: an interrupted earlier create of this same configuration made it, no state holds it, and its
// secret is lost. A token that was ever used is left alone (someone holds its secret) and reported.
// An ephemeral token's marker is random and removed right after the create.
// Renaming takes the Security realm's Edit permission, which creating does not: without it, the token
// keeps the marker in its VMS name, and reads show the name without it.
import { check, type Diagnostics, type Validator } from '../../framework';
import { createWithoutDuplicates } from '../adoption/create-without-duplicates';
import type { CreationLedger } from '../adoption/creation-ledger';
import { configurationMarker, hasKeyOf, hasMarker, markerOf, newCreationMarker, withMarkerWithin, withoutMarker } from '../adoption/creation-marker';
import { ListingAtStart } from '../adoption/listing-at-start';
import { perClient, PlatformError } from '../common';
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
  /**
   * A managed resource's create: the marker comes from the configuration, earlier orphans carrying it are
   * revoked first, and the marker is removed when Terraform closes the provider. Absent: an ephemeral
   * token, with a random marker removed at once.
   */
  readonly ledger?: CreationLedger;
}

/** The owner's tokens as this operation first listed them (see adoption/listing-at-start.ts). */
const tokensAtStart = perClient((client: VmsClient) => new ListingAtStart<ApiToken>((owner, signal) => client.listApiTokens({ owner }, { signal })));

/** The ledger's key of a VMS token. */
export const vmsTokenKey = (id: string) => `vms:${id}`;

/** The VMS's default name for a token of `owner`. */
export function defaultApiTokenName(owner: string): string {
  return `${owner}_api_token`;
}

/** The VMS's limit on a token's name (what the create sends, marker included, must fit it too). */
export const MAX_API_TOKEN_NAME_LENGTH = 255;

/** Names the provider could not tell from its own marked ones (reads drop a trailing marker). */
export const unmarkedName: Validator<string> = check('must not end with a creation marker such as "[tf-create:0123456789abcdef-01234567]", which the provider writes itself', (name) => withoutMarker(name) === name);

/** A token's name as configured: its VMS name without a creation marker the rename could not remove. */
export function configuredName(vmsName: string): string {
  return withoutMarker(vmsName);
}

export async function newApiToken(client: VmsClient, request: NewApiTokenRequest, options: NewApiTokenOptions): Promise<NewApiToken> {
  const { signal, diagnostics, ledger } = options;
  const owner = request.owner ?? (request.name === undefined || ledger !== undefined ? await authenticatedUser(client, signal) : undefined);
  const name = request.name ?? defaultApiTokenName(owner!);
  const marker =
    ledger === undefined ? newCreationMarker() : configurationMarker('authtoken_vms_api_token', { name: request.name ?? null, owner: owner ?? null, expiry: request.expiry ?? null });
  const markedName = withMarkerWithin(name, marker, MAX_API_TOKEN_NAME_LENGTH);
  const orphans: ApiToken[] = [];
  const list = () => client.listApiTokens(owner === undefined ? {} : { owner }, { signal });
  // What this very call made (after a lost answer).
  const listMine = async () => (await list()).filter((t) => hasMarker(t.name, marker) && !(ledger?.isClaimed(vmsTokenKey(t.id)) ?? false));
  // What an earlier create of this configuration left: its key, but no call of this process made it. Such a
  // token predates this operation, so the operation's first listing of the owner's tokens shows it.
  const listInterrupted = async () =>
    (await tokensAtStart(client).get(owner!, signal)).filter((t) => hasKeyOf(t.name, marker) && !ledger!.isInFlight(markerOf(t.name)?.call) && !ledger!.isClaimed(vmsTokenKey(t.id)));
  const revoke = async (orphan: ApiToken): Promise<boolean> => {
    if (ledger !== undefined && !ledger.claim(vmsTokenKey(orphan.id))) return false;
    await client.revokeApiToken(orphan.id, { signal });
    return true;
  };

  if (ledger !== undefined) await revokeInterruptedCreates(await listInterrupted(), revoke, diagnostics, owner);

  const end = ledger?.begin(marker.call);
  const created = await createWithoutDuplicates({
    what: 'VMS API token',
    signal,
    create: async () => {
      const made = await client.createApiToken({ name: markedName, owner: request.owner, expiry_date: request.expiry }, { signal });
      ledger?.claim(vmsTokenKey(made.id));
      return made;
    },
    // A token found here was made, but its secret went with the lost answer: revoke it, adopt nothing.
    find: async () => {
      for (const orphan of await listMine()) if (await revoke(orphan)) orphans.push(orphan);
      return undefined;
    },
    diagnostics,
  }).finally(() => {
    end?.();
    if (orphans.length > 0) {
      diagnostics.warning(
        'Revoked a VMS API Token Whose Create Answer Was Lost',
        `The answer to a create request was lost, so the secret of the API token it created could never be known. The provider found that token by its creation marker ` +
          `(${orphans.map((o) => `id ${o.id}, named ${JSON.stringify(o.name)}`).join('; ')}) among the tokens of ${owner === undefined ? 'the authenticated user' : JSON.stringify(owner)} ` +
          'and revoked it, then created the token again: no unusable token is left live.',
      );
      orphans.length = 0;
    }
  });

  if (ledger !== undefined) {
    // Renamed once Terraform holds it; until then the marker tells an orphan from a token in some state.
    ledger.removeMarkerAtClose(vmsTokenKey(created.id), async (closing) => {
      await client.modifyApiToken(created.id, { name }, { signal: closing });
    });
  }
  options.onCreated?.({ id: created.id, value: created.token, name });
  const details = { ...(await client.getApiToken(created.id, { signal })), name };
  options.onCreated?.({ id: created.id, value: created.token, name, details });
  if (ledger !== undefined) return { apiToken: details, value: created.token };
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
 * Tokens carrying this configuration's marker before anything is created: an earlier create of the same
 * configuration never finished (Terraform or the provider was killed), so no state holds them and their
 * secrets are lost. Revoked, unless one was ever used: then someone holds its secret, and it is reported.
 */
async function revokeInterruptedCreates(found: readonly ApiToken[], revoke: (t: ApiToken) => Promise<boolean>, diagnostics: Diagnostics, owner: string | undefined): Promise<void> {
  const unused: ApiToken[] = [];
  for (const orphan of found.filter((t) => t.last_used === null)) if (await revoke(orphan)) unused.push(orphan);
  const used = found.filter((t) => t.last_used !== null);
  if (unused.length > 0) {
    diagnostics.warning(
      'Revoked a VMS API Token an Interrupted Create Left Behind',
      `An earlier apply of this configuration created ${unused.length === 1 ? 'an API token' : `${unused.length} API tokens`} and was interrupted before any Terraform state recorded ${unused.length === 1 ? 'it' : 'them'} ` +
        `(${unused.map((o) => `id ${o.id}, named ${JSON.stringify(o.name)}`).join('; ')}, owner ${JSON.stringify(owner ?? 'the authenticated user')}), recognised by the creation marker still on ${unused.length === 1 ? 'its' : 'their'} name. ` +
        'The secret of such a token is lost and it was never used, so it was revoked, and the token is created anew.',
    );
  }
  if (used.length > 0) {
    diagnostics.warning(
      'VMS API Token With This Configuration\'s Creation Marker Left Alone',
      `The API tokens ${used.map((o) => `id ${o.id} (named ${JSON.stringify(o.name)}, last used ${o.last_used})`).join('; ')} carry the creation marker of this configuration, so an earlier apply created them and never confirmed them, ` +
        'but they have been used, so someone holds their secret. They were left as they are. If no Terraform state manages them, import one (terraform import <address> <id>) or revoke them on the VMS.',
    );
  }
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
