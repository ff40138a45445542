// data authtoken_openshift_scopes: the scopes the broker advertises in its API description
// (`GET /broker/rest/api`, the ADD_AUTHORIZATION link's `scope` parameter), with what is known of how
// long a token of each may live (see scope-lifetimes.ts).
import { attr } from '../../framework';
import { platformDefinitions } from '../platform-definitions';
import { advertisedApi } from './broker-lookups';
import { scopeLifetime } from './scope-lifetimes';

const { dataSource } = platformDefinitions('openshift');

export const scopesDataSource = dataSource({
  typeName: 'authtoken_openshift_scopes',
  description:
    'The scopes an authorization may grant, as the OpenShift v2 broker describes them in its API description (GET /broker/rest/api), ' +
    'with their default lifetime and the longest one the provider accepts.',
  schema: {
    attributes: {
      default_scope: attr.string({ computed: true, description: 'The scope a token gets when none is asked for (`userinfo` on brokers as shipped).' }),
      scopes: attr.listNested(
        {
          name: attr.string({ computed: true, description: 'The scope as the broker names it; the parameterized ones spell the domain\'s or application\'s id `:id` (`domain/:id/view`).' }),
          description: attr.string({ computed: true, description: 'What the scope grants, in the broker\'s words.' }),
          parameterized: attr.bool({ computed: true, description: 'Whether the scope names one domain or application by id.' }),
          default_validity: attr.string({ computed: true, description: 'How long a token of this scope lives without expires_in, in the broker\'s words (e.g. "1 day", "about 1 month").' }),
          default_validity_seconds: attr.int64({
            computed: true,
            description: 'default_validity in seconds. The broker publishes only the words, rounded as Rails\' distance_of_time_in_words rounds them, so this is approximate ("about 1 month" is 2592000).',
          }),
          maximum_validity_seconds: attr.int64({
            computed: true,
            description:
              'The longest expires_in the provider accepts for this scope. The broker does not publish its maximum (broker.conf AUTH_SCOPE_TIMEOUTS, "default|maximum" per scope), ' +
              'and gives a longer request its default lifetime instead of refusing it. This is the maximum of broker.conf as shipped (session 7 days, every other scope 6 months), ' +
              'or the advertised default when that is longer. A broker configured with a lower maximum is caught when a token is created, and the create is undone.',
          }),
        },
        { computed: true, description: 'The advertised scopes, in the broker\'s order.' },
      ),
    },
  },
  async read({ provider, signal }) {
    const api = await advertisedApi(provider.openshift.client(), signal);
    return {
      default_scope: api.default_scope ?? null,
      scopes: api.scopes.map((s) => ({
        name: s.name,
        description: s.description,
        parameterized: s.parameterized,
        default_validity: s.default_validity ?? null,
        default_validity_seconds: s.default_validity_seconds ?? null,
        maximum_validity_seconds: scopeLifetime(s.name, api).maximumSeconds,
      })),
    };
  },
});
