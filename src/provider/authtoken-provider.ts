// The authtoken provider: its configuration (one optional block per platform, each with environment
// variable fallbacks) and the explicit list of what it offers, gathered per platform folder.
import { attr, block, definitions, registerSecret } from '../framework';
import { CreationLedger } from './adoption/creation-ledger';
import { alsTypes } from './als/terraform-types';
import type { AuthtokenClients } from './authtoken-clients';
import { PROVIDER_NAME, PROVIDER_VERSION } from './identity';
import { openShiftTypes } from './openshift/terraform-types';
import { alsClient, openShiftClient, sharedRedactor, vmsClient, type ClientContext } from './platform-clients';
import { PlatformConnection } from './platform-connection';
import { platformSettings } from './platform-settings';
import { vmsTypes } from './vms/terraform-types';

export type { AuthtokenClients } from './authtoken-clients';

const { provider } = definitions<AuthtokenClients>();
const platforms = [alsTypes, vmsTypes, openShiftTypes];

/** Credentials taken from the environment are secrets like those in the block. */
const SECRET_VARIABLES = ['ALS_PASSWORD', 'ALS_ACCESS_TOKEN', 'VMS_PASSWORD', 'VMS_API_TOKEN', 'OPENSHIFT_PASSWORD', 'OPENSHIFT_TOKEN'];

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
  configure({ config, terraformVersion, log }) {
    const env = process.env;
    for (const name of SECRET_VARIABLES) registerSecret(env[name]);
    const context: ClientContext = { redactor: sharedRedactor(), logger: log.sub('clients'), terraformVersion };
    return {
      terraformVersion,
      als: new PlatformConnection('als', platformSettings('als', config.als, env), (v) => alsClient(v, context)),
      vms: new PlatformConnection('vms', platformSettings('vms', config.vms, env), (v) => vmsClient(v, context)),
      openshift: new PlatformConnection('openshift', platformSettings('openshift', config.openshift, env), (v) => openShiftClient(v, context)),
      creations: new CreationLedger(),
    };
  },
  // Terraform has recorded every token this apply created: their creation markers can go.
  async close({ data, signal, log }) {
    if (data.creations.waiting === 0) return;
    const outcome = await data.creations.removeMarkers(signal);
    log.debug('removed the creation markers of the tokens this run created', { removed: outcome.removed, failed: outcome.failed, left: outcome.left });
  },
  resources: platforms.flatMap((p) => p.resources),
  dataSources: platforms.flatMap((p) => p.dataSources),
  ephemeralResources: platforms.flatMap((p) => p.ephemeralResources),
});
