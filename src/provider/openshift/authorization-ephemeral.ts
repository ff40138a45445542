// ephemeral authtoken_openshift_authorization: a broker authorization for one Terraform run, created
// when Terraform opens it and deleted when Terraform closes it, never in state or plan files.
//
// What renew means: the broker cannot extend an authorization (its lifetime is fixed at creation; only
// the note changes), and the token handed to the run cannot change. So Terraform is asked to renew
// when a tenth of the lifetime is left, and renew checks that the token still works: while it does,
// the next check is at its expiry; once it is deleted or expired, renew fails with a diagnostic saying
// why calls made with it are refused, and what to change (a longer expires_in).
import { attr, lengthBetween, t, TerraformError, type BlockSchema } from '../../framework';
import { formatDuration } from '../renewal/go-duration';
import { platformDefinitions } from '../platform-definitions';
import { addAuthorization } from './add-authorization';
import { DESCRIPTIONS, expiresInValidators, lifetimeProblem, scopesValidators } from './authorization-arguments';
import { MAX_NOTE_LENGTH } from './authorization-models';
import { advertisedApi, currentAuthorization } from './broker-lookups';
import { EPHEMERAL_MARKER, EPHEMERAL_MARKER_LENGTH, ephemeralNote } from './ephemeral-note';

const { ephemeralResource } = platformDefinitions('openshift');

/** Carried from open to renew and close. */
interface Opened {
  readonly id: string;
  readonly expires_in: number;
}

/** The fraction of the lifetime left when Terraform is asked to check the token. */
const CHECK_AT_FRACTION_LEFT = 0.1;

const schema = {
  attributes: {
    scopes: attr.set(t.string, { required: true, validators: scopesValidators, description: DESCRIPTIONS.scopes }),
    note: attr.string({ optional: true, validators: [lengthBetween(0, MAX_NOTE_LENGTH - EPHEMERAL_MARKER_LENGTH)], description: DESCRIPTIONS.note }),
    expires_in: attr.int64({ optional: true, computed: true, validators: expiresInValidators, description: DESCRIPTIONS.expires_in }),
    id: attr.string({ computed: true, description: DESCRIPTIONS.id }),
    token: attr.string({ computed: true, sensitive: true, description: DESCRIPTIONS.token }),
    identity: attr.string({ computed: true, description: DESCRIPTIONS.identity }),
    created_at: attr.string({ computed: true, description: DESCRIPTIONS.created_at }),
    expires_at: attr.string({ computed: true, description: DESCRIPTIONS.expires_at }),
  },
} satisfies BlockSchema;

export const authorizationEphemeral = ephemeralResource<typeof schema, Opened>({
  typeName: 'authtoken_openshift_authorization',
  description:
    'An authorization on the OpenShift v2 broker for the length of one Terraform run: created when Terraform opens it, deleted when Terraform closes it, ' +
    'never written to state or plan files. Use its token in a provider block or a write-only argument. ' +
    'The broker cannot extend an authorization, so renewing only checks that the token still works (when a tenth of its lifetime is left, then at its expiry) ' +
    'and reports it once it has expired or was deleted: give an expires_in longer than the run. ' +
    'A create whose answer was lost is found by a creation marker at the end of the note, as for the resource. ' +
    `On the broker the note ends in \`${EPHEMERAL_MARKER}\` for as long as the authorization lives, so the authorizations data source never puts its token in state; the note is therefore at most ${MAX_NOTE_LENGTH - EPHEMERAL_MARKER_LENGTH} characters here.`,
  schema,

  async open({ config, provider, signal, diagnostics }) {
    const client = provider.openshift.client();
    if (config.expires_in !== null) {
      const problem = lifetimeProblem(config.expires_in, config.scopes, await advertisedApi(client, signal));
      if (problem !== undefined) throw problem;
    }
    // The marker stays in the note on the broker: listings (the data source) leave this token out of state.
    const a = await addAuthorization(client, { scopes: config.scopes, note: ephemeralNote(config.note), expires_in: config.expires_in }, { diagnostics, signal });
    return {
      result: {
        scopes: config.scopes,
        note: config.note,
        expires_in: a.expires_in,
        id: a.id,
        token: a.token,
        identity: a.identity,
        created_at: a.created_at,
        expires_at: a.expires_at,
      },
      renewAt: localTime(a.expires_in_seconds - a.expires_in * CHECK_AT_FRACTION_LEFT),
      private: { id: a.id, expires_in: a.expires_in },
    };
  },

  async renew({ private: opened, provider, signal, log }) {
    if (opened === null) return {};
    // A point in time of its own (renewals come minutes apart): never an earlier listing of the run.
    const found = await currentAuthorization(provider.openshift.client(), opened.id, signal);
    if (found === undefined) {
      throw new TerraformError(
        'Ephemeral Authorization No Longer Works',
        `The authorization ${opened.id} opened for this run has expired or was deleted, so the broker now refuses its token. ` +
          `The broker cannot extend an authorization: give the ephemeral authtoken_openshift_authorization an expires_in longer than the run (it was ${formatDuration(opened.expires_in * 1000)}).`,
      );
    }
    log.warn('a tenth of the ephemeral authorization\'s lifetime is left and the broker cannot extend it; it is checked again at its expiry', { id: found.id, expires_at: found.expires_at });
    return { renewAt: localTime(found.expires_in_seconds + 1) };
  },

  async close({ private: opened, provider, signal }) {
    if (opened === null) return;
    // Deleting one that is already gone answers success too.
    await provider.openshift.client().deleteAuthorization(opened.id, { signal });
  },
});

/** A moment `seconds` from now on the local clock (Terraform schedules renewals by it); the broker's seconds-left say when. */
function localTime(seconds: number): Date {
  return new Date(Date.now() + Math.max(0, seconds) * 1000);
}
