// authtoken_openshift_authorization: an authorization (token) on the OpenShift v2 broker, as
// `POST/GET/PUT/DELETE …/user/authorization(s)` handle it. Only the note changes in place; a token
// that expired or was deleted is gone (the broker still shows an expired one by id, but it no longer
// authenticates and the list leaves it out, which is what refresh reads).
import { attr, isUnknown, t, TerraformError, type ResourceSchema } from '../../framework';
import { checkRenewalWindow, planRenewal } from '../renewal/renewal-plan';
import { positiveDuration } from '../renewal/duration-validator';
import { readTime } from '../renewal/read-clock';
import { platformDefinitions } from '../platform-definitions';
import { hasAnyMarker, withoutMarker } from '../adoption/creation-marker';
import { addAuthorization, authorizationKey } from './add-authorization';
import { DESCRIPTIONS, expiresInValidators, knownScopes, lifetimeProblem, noteValidators, scopesValidators } from './authorization-arguments';
import type { Authorization } from './authorization-models';
import { advertisedApi, findAuthorization } from './broker-lookups';
import { scopeSetLifetime } from './scope-lifetimes';

const { resource } = platformDefinitions('openshift');

const AUTHORIZATION_ID = /^[0-9a-f]{24}$/;

const schema = {
  attributes: {
    id: attr.string({ computed: true, useStateForUnknown: true, description: DESCRIPTIONS.id }),
    scopes: attr.set(t.string, { required: true, requiresReplace: true, validators: scopesValidators, description: DESCRIPTIONS.scopes }),
    note: attr.string({ optional: true, validators: noteValidators, description: DESCRIPTIONS.note }),
    expires_in: attr.int64({ optional: true, computed: true, requiresReplace: true, useStateForUnknown: true, validators: expiresInValidators, description: DESCRIPTIONS.expires_in }),
    renew_before: attr.string({
      optional: true,
      validators: [positiveDuration],
      description:
        'A duration such as "72h" or "30m" (Go syntax): a plan made when the token expires within it replaces the token, and says so in a warning. ' +
        'Without it, a plan warns when less than a tenth of the token\'s lifetime is left. Times are the broker\'s, as of the last refresh.',
    }),
    token: attr.string({ computed: true, sensitive: true, useStateForUnknown: true, description: DESCRIPTIONS.token }),
    identity: attr.string({ computed: true, useStateForUnknown: true, description: DESCRIPTIONS.identity }),
    created_at: attr.string({ computed: true, useStateForUnknown: true, description: DESCRIPTIONS.created_at }),
    expires_at: attr.string({ computed: true, useStateForUnknown: true, description: DESCRIPTIONS.expires_at }),
  },
} satisfies ResourceSchema;

export const authorizationResource = resource({
  typeName: 'authtoken_openshift_authorization',
  description:
    'An authorization on the OpenShift v2 broker: a token acting as its user within the scopes it grants, until it expires. ' +
    'Changing scopes or expires_in creates a new token (the broker changes only the note); with renew_before, a plan made close to expiry replaces it too ' +
    '(use lifecycle { create_before_destroy = true } so the new token exists before the old one is deleted). ' +
    'A token deleted on the broker or expired reads as gone, and the next plan creates it again. ' +
    'To recognise a create whose answer was lost, or one an interrupted apply never recorded, the provider sends the note with a creation marker at its end (" [tf-create:<16 hex>-<8 hex>]", ' +
    'the first part derived from the configuration — scopes, note, expires_in — the second unique to the create call; for a note too long to hold it, the marker replaces its last characters), and puts the configured note back with an update ' +
    'once Terraform has recorded the authorization (at the end of the apply, or at the next refresh if the apply was killed). ' +
    'A token found by its marker (the create\'s answer was lost, or an earlier apply of the same configuration was killed before any state recorded it) is adopted, with a warning, instead of created twice. ' +
    'Two resources with the same scopes, note and expires_in share the marker; give them distinct notes to keep them apart across workspaces. ' +
    'The provider refuses to delete or replace the token it authenticates with (OPENSHIFT_TOKEN). ' +
    'Import by id: everything is read back, the token included, except renew_before (configuration only).',
  schema,

  async create({ plan, provider, signal, diagnostics, created }) {
    const request = { scopes: plan.scopes, note: plan.note, expires_in: isUnknown(plan.expires_in) ? null : plan.expires_in };
    const toState = (a: Authorization) => ({ ...stateOf(a, plan.renew_before), scopes: plan.scopes, note: plan.note });
    const authorization = await addAuthorization(provider.openshift.client(), request, { diagnostics, signal, ledger: provider.creations, onCreated: (a) => created(toState(a)) });
    return toState(authorization);
  },

  async read({ state, provider, signal }) {
    const client = provider.openshift.client();
    const found = await findAuthorization(client, state.id!, signal);
    if (found === undefined) return null;
    if (!hasAnyMarker(found.note)) return stateOf(found, state.renew_before);
    // In a state, so no longer an orphan in the making: the creation marker can go (the run that made the
    // authorization ended before it could). Best effort; the note read is the configured one either way.
    const stripped = withoutMarker(found.note!);
    const note = state.note ?? (stripped === '' ? null : stripped);
    // Not a change any read of this operation sees: the listing the other reads use stays good.
    await client.updateAuthorization(found.id, { note }, { signal, changesWhatIsRead: false }).catch(() => undefined);
    provider.creations.forget(authorizationKey(found.id));
    return stateOf({ ...found, note }, state.renew_before);
  },

  async update({ plan, prior, provider, signal }) {
    if (plan.note !== prior.note) await provider.openshift.client().updateAuthorization(prior.id!, { note: plan.note }, { signal });
    return { ...prior, note: plan.note, renew_before: plan.renew_before };
  },

  async delete({ state, provider, signal }) {
    // The broker answers success for an id it does not know: deleting one already gone is fine.
    await provider.openshift.client().deleteAuthorization(state.id!, { signal });
  },

  async importState({ id }) {
    if (!AUTHORIZATION_ID.test(id)) {
      throw new TerraformError(
        'Invalid Import ID',
        /^[0-9a-f]{64}$/i.test(id)
          ? 'That is a token, not an id: import by the authorization\'s id (24 hex characters), which `rhc authorizations` and the authtoken_openshift_authorizations data source show.'
          : `Import an authorization by its id, 24 hex characters (got ${JSON.stringify(id)}).`,
      );
    }
    return { id, scopes: [], note: null, expires_in: null, renew_before: null, token: null, identity: null, created_at: null, expires_at: null };
  },

  isProviderCredential(state, client) {
    return client.isOwnCredential({ id: state.id!, ...(state.token === null ? {} : { token: state.token }) });
  },

  async modifyPlan(req) {
    const { plan, prior, provider, diagnostics, signal } = req;
    if (plan === null) return;
    // Renewal is decided by the broker's time as the refresh of this run saw it (see broker-lookups.ts).
    const observedAt = prior === null || provider.openshift.unknown ? undefined : readTime(provider.openshift.client(), prior.id!);
    if (prior !== null && observedAt !== undefined) planRenewal(req, { createdAt: prior.created_at, observedAt, describe: describe(prior) });
    if (req.action !== 'create' || provider.openshift.unknown) return;
    // A new token: its lifetime against what the broker will grant. Needs the scopes, known.
    const scopes = knownScopes(plan.scopes);
    const expiresIn = plan.expires_in;
    const renewBefore = plan.renew_before;
    if (scopes === undefined || (typeof expiresIn !== 'number' && typeof renewBefore !== 'string')) return;
    const api = await advertisedApi(provider.openshift.client(), signal);
    const problem = typeof expiresIn === 'number' ? lifetimeProblem(expiresIn, scopes, api) : undefined;
    if (problem !== undefined) diagnostics.add(problem.toDiagnostic());
    // Left out of the configuration, the lifetime is the scope set's default; from another resource's output, not known yet.
    const lifetime = typeof expiresIn === 'number' ? expiresIn : req.config?.expires_in === null ? scopeSetLifetime(scopes, api).defaultSeconds : undefined;
    checkRenewalWindow(renewBefore, lifetime === undefined ? undefined : lifetime * 1000, diagnostics);
  },
});

function stateOf(a: Authorization, renewBefore: string | null) {
  return {
    id: a.id,
    scopes: [...a.scopes_list],
    note: a.note,
    expires_in: a.expires_in,
    renew_before: renewBefore,
    token: a.token,
    identity: a.identity,
    created_at: a.created_at,
    expires_at: a.expires_at,
  };
}

function describe(state: { readonly id: string | null; readonly note: string | null }): string {
  const note = state.note === null || state.note === '' ? '' : ` ("${state.note.length > 60 ? `${state.note.slice(0, 57)}...` : state.note}")`;
  return `OpenShift authorization ${state.id}${note}`;
}
