// Creating an authorization the way the resource and the ephemeral resource both need it:
//   - never a blind duplicate: the note sent with the create carries a creation marker, so a create whose
//     answer was lost is found in the list afterwards and adopted instead of sent again. The marker takes
//     the end of the note; a note too long to hold it beside the broker's 4096-character limit has its
//     tail replaced by it for that moment. The configured note is then put back with a PUT, so the note
//     on the broker is exactly the configured one (other clients such as rhc show it);
//   - never an orphan: a managed authorization's marker comes from its configuration and stays until
//     Terraform has shown it holds the authorization (adoption/creation-ledger.ts), so one whose create was
//     interrupted (Terraform or the provider killed) still carries it, and the next create of the same
//     configuration adopts it instead of making a second one. An ephemeral one's marker is random, and
//     its note is put back at once;
//   - never `reuse`: the broker would answer an older token with the same note and scopes;
//   - the lifetime asked for, or none: the broker gives an out-of-range `expires_in` the scope's default
//     without a word, so an answer with another lifetime is deleted and reported.
import { path, TerraformError, type Diagnostics } from '../../framework';
import { createWithoutDuplicates } from '../adoption/create-without-duplicates';
import type { CreationLedger } from '../adoption/creation-ledger';
import { configurationMarker, hasKeyOf, hasMarker, markerOf, newCreationMarker, withMarkerWithin, type CreationMarker } from '../adoption/creation-marker';
import { ListingAtStart } from '../adoption/listing-at-start';
import { perClient } from '../common';
import { MAX_NOTE_LENGTH, type Authorization } from './authorization-models';
import type { OpenShiftBrokerClient } from './broker-client';
import { formatSeconds } from './seconds';

export interface NewAuthorization {
  readonly scopes: readonly string[];
  readonly note: string | null;
  /** Null: the scope set's default lifetime. */
  readonly expires_in: number | null;
}

export interface AddOptions {
  readonly diagnostics: Diagnostics;
  readonly signal: AbortSignal;
  /** Called once the authorization exists and has the lifetime asked for, before its note is put back. */
  readonly onCreated?: (authorization: Authorization) => void;
  /** A managed resource's create (see above); absent for an ephemeral authorization. */
  readonly ledger?: CreationLedger;
}

/** The caller's authorizations as this operation first listed them (see adoption/listing-at-start.ts). */
const authorizationsAtStart = perClient((client: OpenShiftBrokerClient) => new ListingAtStart<Authorization>((_all, signal) => client.listAuthorizations({ signal })));

/** The ledger's key of an authorization. */
export const authorizationKey = (id: string) => `openshift:${id}`;

/** Creates the authorization (or adopts the one a lost create made); its note is the configured one unless a warning says otherwise. */
export async function addAuthorization(client: OpenShiftBrokerClient, request: NewAuthorization, options: AddOptions): Promise<Authorization> {
  const { diagnostics, signal, ledger } = options;
  const marker =
    ledger === undefined
      ? newCreationMarker()
      : configurationMarker('authtoken_openshift_authorization', { scopes: [...request.scopes].sort(), note: request.note, expires_in: request.expires_in });
  const markedNote = noteWithMarker(request.note, marker);
  // Takes one unexpired authorization that `matches` and that no create of this process has taken.
  const take = async (listed: readonly Authorization[], matches: (note: string | null) => boolean) => {
    for (const a of listed) {
      if (matches(a.note) && !a.expired && (ledger === undefined || ledger.claim(authorizationKey(a.id)))) return a;
    }
    return undefined;
  };
  // What this very call made (after a lost answer).
  // Listed afresh: the lost create came after any listing this operation made.
  const findMine = async () => take(await client.listAuthorizations({ signal }), (note) => hasMarker(note, marker));
  // What an earlier create of this configuration left: its key, but no call of this process made it. Such an
  // authorization predates this operation, so the operation's first listing shows it.
  const interrupted =
    ledger === undefined
      ? undefined
      : await take(await authorizationsAtStart(client).get('', signal), (note) => hasKeyOf(note, marker) && !ledger.isInFlight(markerOf(note)?.call));
  if (interrupted !== undefined) {
    diagnostics.warning(
      'Adopted the OpenShift Authorization an Interrupted Create Left Behind',
      `An earlier apply of this configuration created the authorization ${interrupted.id} (created ${interrupted.created_at}) and was interrupted before any Terraform state recorded it; ` +
        'it still carried the creation marker of this configuration in its note. It is now managed by this resource; no second authorization was created.',
    );
  }
  const end = interrupted === undefined ? ledger?.begin(marker.call) : undefined;
  const created =
    interrupted ??
    (await createWithoutDuplicates({
      what: 'OpenShift authorization',
      diagnostics,
      signal,
      create: async () => {
        const added = await client.addAuthorization(
          { scopes: request.scopes, note: markedNote, ...(request.expires_in === null ? {} : { expires_in: request.expires_in }) },
          { signal },
        );
        ledger?.claim(authorizationKey(added.authorization.id));
        return added.authorization;
      },
      find: findMine,
    }).finally(() => end?.()));

  if (request.expires_in !== null && created.expires_in !== request.expires_in) {
    const deleted = await client.deleteAuthorization(created.id, { signal }).then(
      () => true,
      () => false,
    );
    // One that cannot be deleted now stays in Terraform's hands (tainted), to be deleted by the next run.
    if (!deleted) options.onCreated?.(created);
    throw new TerraformError(
      'Lifetime Over the Broker\'s Maximum',
      `The broker gave the new authorization a lifetime of ${formatSeconds(created.expires_in)} instead of the ${formatSeconds(request.expires_in)} asked for: ` +
        `this broker's maximum for scopes ${request.scopes.join(', ')} is lower (the broker then uses the scope's default instead). ` +
        (deleted ? 'The authorization was deleted. ' : `Deleting the authorization ${created.id} failed too; Terraform keeps it as tainted, to be deleted by the next apply. `) +
        'The broker publishes only its defaults; ask its administrator for the maximum (AUTH_SCOPE_TIMEOUTS in broker.conf) and give an expires_in within it.',
      path('expires_in'),
    );
  }
  options.onCreated?.(created);

  if (ledger !== undefined) {
    // The note is put back once Terraform holds the authorization; until then the marker tells an orphan.
    if (created.note !== request.note) {
      ledger.removeMarkerAtClose(authorizationKey(created.id), async (closing) => {
        await client.updateAuthorization(created.id, { note: request.note }, { signal: closing });
      });
    }
    return { ...created, note: request.note };
  }
  if (created.note === request.note) return created;
  try {
    return await client.updateAuthorization(created.id, { note: request.note }, { signal });
  } catch (error) {
    diagnostics.warning(
      'Creation Marker Left in the Note',
      `The authorization ${created.id} was created, but putting its configured note back failed (${error instanceof Error ? error.message : String(error)}): ` +
        'its note on the broker still ends in the provider\'s creation marker. The next plan shows the difference and updates the note in place.',
    );
    return created;
  }
}

/** The note sent with the create: the configured one with the marker at its end, within the broker's limit. */
export function noteWithMarker(note: string | null, marker: CreationMarker): string {
  return withMarkerWithin(note ?? '', marker, MAX_NOTE_LENGTH);
}
