// data authtoken_als_service_auth_tokens: the Cloud Controller's list of service auth tokens
// (`GET /v2/service_auth_tokens`, every page), optionally filtered by label and provider through CC's
// `q` parameter. CC never returns the secrets, so there are none here.
import { attr } from '../../framework';
import { platformDefinitions } from '../platform-definitions';
import { ccNameValidators } from './service-auth-token-names';

const { dataSource } = platformDefinitions('als');

export const serviceAuthTokensDataSource = dataSource({
  typeName: 'authtoken_als_service_auth_tokens',
  description:
    'The service auth tokens on HP Helion ALS (Cloud Foundry v2 `/v2/service_auth_tokens`), optionally only those of one label and/or provider. ' +
    'Only administrators see them (for anyone else the Cloud Controller lists none). The secrets are not included: the Cloud Controller never returns them.',
  schema: {
    attributes: {
      label: attr.string({ optional: true, validators: ccNameValidators, description: 'Only tokens with this label (CC\'s `q=label:<label>`).' }),
      service_provider: attr.string({ optional: true, validators: ccNameValidators, description: 'Only tokens with this provider (CC\'s `q=provider:<provider>`).' }),
      tokens: attr.listNested(
        {
          guid: attr.string({ computed: true, description: 'The token\'s guid (`metadata.guid`): the `id` of an `authtoken_als_service_auth_token`, and what to import it by.' }),
          label: attr.string({ computed: true, description: 'The label of the service offering the token is for.' }),
          service_provider: attr.string({ computed: true, description: 'The provider of the service offering (CC\'s `provider`).' }),
          created_at: attr.string({ computed: true, description: 'When the token was created, as the Cloud Controller gives it (ISO 8601, `metadata.created_at`).' }),
          updated_at: attr.string({ computed: true, description: 'When the token was last updated (`metadata.updated_at`); null when it never was.' }),
        },
        { computed: true, description: 'The matching tokens, in the Cloud Controller\'s order (oldest first).' },
      ),
    },
  },
  async read({ config, provider, signal }) {
    const client = provider.als.client();
    const found = await client.listServiceAuthTokens({
      ...(config.label === null ? {} : { label: config.label }),
      ...(config.service_provider === null ? {} : { provider: config.service_provider }),
      signal,
    });
    return {
      label: config.label,
      service_provider: config.service_provider,
      tokens: found.map((t) => ({ guid: t.guid, label: t.label, service_provider: t.provider, created_at: t.createdAt, updated_at: t.updatedAt })),
    };
  },
});
