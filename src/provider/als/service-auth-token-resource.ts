// authtoken_als_service_auth_token: a Cloud Foundry v2 service auth token on HP Helion ALS. The caller
// chooses the secret, and CC never shows it again, so the secret in state is the one configured.
import { attr, lengthBetween } from '../../framework';
import { platformDefinitions } from '../platform-definitions';
import { DEFAULT_SERVICE_PROVIDER } from './als-models';

const { resource } = platformDefinitions('als');

export const serviceAuthTokenResource = resource({
  typeName: 'authtoken_als_service_auth_token',
  description: 'A service auth token on HP Helion ALS (Cloud Foundry v2): the secret a v1 service gateway of a given label and provider presents to the Cloud Controller.',
  schema: {
    attributes: {
      id: attr.string({ computed: true, useStateForUnknown: true, description: 'The token\'s guid on the Cloud Controller.' }),
      label: attr.string({ required: true, validators: [lengthBetween(1)], description: 'The label of the service offering the token is for.' }),
      service_provider: attr.string({
        optional: true,
        computed: true,
        default: DEFAULT_SERVICE_PROVIDER,
        validators: [lengthBetween(1)],
        description: 'The provider of the service offering (CC\'s `provider` field). Defaults to `core`.',
      }),
      token: attr.string({ required: true, sensitive: true, validators: [lengthBetween(1)], description: 'The secret the service gateway presents. CC never returns it.' }),
    },
  },
  async create({ plan, provider, signal }) {
    const created = await provider.als.client().createServiceAuthToken({ label: plan.label, provider: plan.service_provider, token: plan.token }, { signal });
    return { id: created.guid, label: plan.label, service_provider: plan.service_provider, token: plan.token };
  },
  async read({ state, provider, signal }) {
    const found = await provider.als.client().getServiceAuthToken(state.id!, { signal }).catch(goneAsUndefined);
    return found === undefined ? null : { ...state, label: found.label, service_provider: found.provider };
  },
  async update({ plan, prior, provider, signal }) {
    await provider.als.client().updateServiceAuthToken(prior.id!, { label: plan.label, provider: plan.service_provider, token: plan.token }, { signal });
    return { ...prior, label: plan.label, service_provider: plan.service_provider, token: plan.token };
  },
  async importState({ id }) {
    // The secret cannot be read back: it stays null until the next apply sets the configured one.
    return { id, label: '', service_provider: null, token: null as unknown as string };
  },
  async delete({ state, provider, signal }) {
    await provider.als.client().deleteServiceAuthToken(state.id!, { signal }).catch(goneAsUndefined);
  },
});

function goneAsUndefined(error: unknown): undefined {
  if ((error as { kind?: string }).kind === 'not_found') return undefined;
  throw error;
}
