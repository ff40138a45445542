// The authtoken provider: its configuration (one optional block per platform, each with environment
// variable fallbacks) and the explicit list of what it offers. Resources arrive per platform folder.
import { attr, block, definitions } from '../framework';
import { PROVIDER_NAME, PROVIDER_VERSION } from './identity';

export interface AuthtokenClients {
  /** Configuration as given (blocks may be absent): clients are created per platform on first use. */
  readonly terraformVersion: string;
}

const { provider } = definitions<AuthtokenClients>();

const tls = {
  ca_file: attr.string({ optional: true, description: 'PEM bundle of certificate authorities to trust for this platform, besides the system ones.' }),
  insecure: attr.bool({ optional: true, description: 'Skip verification of the platform\'s TLS certificate. Only for self-signed test platforms.' }),
} as const;

export const authtokenProvider = provider({
  name: PROVIDER_NAME,
  version: PROVIDER_VERSION,
  description: 'Manages authentication tokens on HP Helion ALS, VAST Data VMS and OpenShift v2 as declarative infrastructure.',
  schema: {
    attributes: {},
    blocks: {
      als: block.single({
        description: 'HP Helion ALS (Cloud Foundry v2). Each argument falls back to its ALS_* environment variable.',
        attributes: {
          api_endpoint: attr.string({ optional: true, description: 'The ALS API endpoint, e.g. https://api.example.com. Env: ALS_API_ENDPOINT.' }),
          username: attr.string({ optional: true, description: 'Env: ALS_USERNAME.' }),
          password: attr.string({ optional: true, sensitive: true, description: 'Env: ALS_PASSWORD.' }),
          access_token: attr.string({ optional: true, sensitive: true, description: 'A bearer token instead of a password. Env: ALS_ACCESS_TOKEN.' }),
          token_file: attr.string({ optional: true, description: 'A token file written by the helion/stackato CLI. Env: ALS_TOKEN_FILE.' }),
          ...tls,
        },
      }),
      vms: block.single({
        description: 'VAST Data VMS. Each argument falls back to its VMS_* environment variable.',
        attributes: {
          endpoint: attr.string({ optional: true, description: 'The VMS address, e.g. https://vms.example.com. Env: VMS_ENDPOINT.' }),
          username: attr.string({ optional: true, description: 'Env: VMS_USERNAME.' }),
          password: attr.string({ optional: true, sensitive: true, description: 'Env: VMS_PASSWORD.' }),
          api_token: attr.string({ optional: true, sensitive: true, description: 'An API token (`<id>.<secret>`) instead of a password. Env: VMS_API_TOKEN.' }),
          tenant: attr.string({ optional: true, description: 'Sent as X-Tenant-Name. Env: VMS_TENANT.' }),
          ...tls,
        },
      }),
      openshift: block.single({
        description: 'OpenShift v2 broker. Each argument falls back to its OPENSHIFT_* environment variable.',
        attributes: {
          server: attr.string({ optional: true, description: 'The broker, e.g. https://openshift.example.com. Env: OPENSHIFT_SERVER.' }),
          username: attr.string({ optional: true, description: 'Env: OPENSHIFT_USERNAME.' }),
          password: attr.string({ optional: true, sensitive: true, description: 'Env: OPENSHIFT_PASSWORD.' }),
          token: attr.string({ optional: true, sensitive: true, description: 'A session-scoped authorization token instead of a password. Env: OPENSHIFT_TOKEN.' }),
          ...tls,
        },
      }),
    },
  },
  configure: ({ terraformVersion }) => ({ terraformVersion }),
  resources: [],
});
