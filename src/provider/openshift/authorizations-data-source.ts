// data authtoken_openshift_authorizations: the caller's authorizations as the broker lists them
// (`GET …/user/authorizations`): those that still authenticate, newest first, tokens included.
import { attr, t } from '../../framework';
import { platformDefinitions } from '../platform-definitions';
import { DESCRIPTIONS } from './authorization-arguments';
import { withoutMarker } from '../adoption/creation-marker';
import { configuredNote, EPHEMERAL_MARKER, isEphemeralNote } from './ephemeral-note';

const { dataSource } = platformDefinitions('openshift');

export const authorizationsDataSource = dataSource({
  typeName: 'authtoken_openshift_authorizations',
  description:
    'The authorizations of the user the provider authenticates as, as the OpenShift v2 broker lists them: those neither expired nor revoked, newest first. ' +
    'Tokens are sensitive. The tokens of ephemeral authorizations (opened by Terraform for one run; their note ends in `' + EPHEMERAL_MARKER + '` on the broker) are listed without their token (null) and with their note as configured, so they never reach state; so is the token the provider itself authenticates with (OPENSHIFT_TOKEN). ' +
    'Listing needs a session-scoped credential (a password, or a token with the session scope).',
  schema: {
    attributes: {
      authorizations: attr.listNested(
        {
          id: attr.string({ computed: true, description: DESCRIPTIONS.id }),
          scopes: attr.set(t.string, { computed: true, description: 'What the token grants, one scope per element.' }),
          note: attr.string({ computed: true, description: 'The note the token was created with (null when none).' }),
          expires_in: attr.int64({ computed: true, description: 'The token\'s whole lifetime in seconds, counted from its creation.' }),
          token: attr.string({ computed: true, sensitive: true, description: `${DESCRIPTIONS.token} Null for an ephemeral authorization, whose token is for one Terraform run only, and for the provider's own credential.` }),
          identity: attr.string({ computed: true, description: DESCRIPTIONS.identity }),
          created_at: attr.string({ computed: true, description: DESCRIPTIONS.created_at }),
          expires_at: attr.string({ computed: true, description: DESCRIPTIONS.expires_at }),
        },
        { computed: true, description: 'The authorizations, newest first.' },
      ),
    },
  },
  async read({ provider, signal }) {
    const client = provider.openshift.client();
    const listed = await client.listAuthorizations({ signal });
    // Neither a token for one run nor the provider's own credential belongs in state.
    const withheld = (a: (typeof listed)[number]) => isEphemeralNote(a.note) || client.isOwnCredential({ id: a.id, token: a.token });
    return {
      authorizations: listed.map((a) => ({
        id: a.id,
        scopes: [...a.scopes_list],
        // Without the creation marker of an authorization Terraform is still creating, as the resource shows it.
        note: withoutCreationMarker(configuredNote(a.note)),
        expires_in: a.expires_in,
        token: withheld(a) ? null : a.token,
        identity: a.identity,
        created_at: a.created_at,
        expires_at: a.expires_at,
      })),
    };
  },
});

function withoutCreationMarker(note: string | null): string | null {
  if (note === null) return null;
  const bare = withoutMarker(note);
  return bare === '' ? null : bare;
}
