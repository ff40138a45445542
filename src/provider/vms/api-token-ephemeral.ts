// ephemeral authtoken_vms_api_token: a VMS API token for one Terraform run. Created when Terraform opens
// it, revoked when Terraform closes it, never written to state or plan files.
// Renewal: the token's expiry is its safety net (a run that dies before close leaves a token that still
// expires on its own), so it should be short; a run that outlasts it must not lose its credential.
// Terraform asks for renewal when a third of the expiry window is left, and renewal moves the expiry on
// by one full window from the VMS's "now" (a PATCH of expiry_date, which the VMS counts from creation).
import { attr, lengthBetween } from '../../framework';
import { PlatformError } from '../common';
import { platformDefinitions } from '../platform-definitions';
import { MAX_API_TOKEN_NAME_LENGTH, newApiToken, unmarkedName } from './api-token-creation';
import { apiTokenStatus } from './api-token-status';
import { parseExpiry } from './expiry';
import { vmsExpiry } from './expiry-attribute';
import { expiryOfToken, lifetimeSeconds } from './token-lifetime';
import type { VmsClient } from './vms-client';

const { ephemeralResource } = platformDefinitions('vms');

/** What renew and close need: which token, and its window. */
interface Opened {
  readonly id: string;
  readonly created: string;
  /** The expiry window in seconds; null when the token never expires (nothing to renew). */
  readonly windowSeconds: number | null;
}

const schema = {
  attributes: {
    name: attr.string({ optional: true, computed: true, validators: [lengthBetween(1, MAX_API_TOKEN_NAME_LENGTH), unmarkedName], description: 'The token\'s name. Default: `<owner>_api_token`, as the VMS names it.' }),
    owner: attr.string({
      optional: true,
      computed: true,
      validators: [lengthBetween(1)],
      description: 'The VMS manager the token belongs to and whose permissions it carries. Default: the user the provider authenticates as.',
    }),
    expiry: attr.string({
      optional: true,
      computed: true,
      validators: [vmsExpiry],
      description:
        'How long the token stays valid if Terraform never closes it (a run that crashes): a whole number and one unit letter (Y M w W d D h H m s S), counted from creation, e.g. `1h`. ' +
        'While the run lasts, whenever a third of it is left, the provider moves the expiry on to a whole window from the VMS\'s now (which takes the Security realm\'s Edit permission). ' +
        'Unset, the VMS default applies (the password expiration timeout, or never).',
    }),
    id: attr.string({ computed: true, description: 'The token\'s id: the part of the token before the dot.' }),
    token: attr.string({ computed: true, sensitive: true, description: 'The token to authenticate with (`Api-Token <token>`), `<id>.<secret>`. Revoked when the run ends.' }),
    created: attr.string({ computed: true, description: 'When the token was created (RFC 3339, the VMS\'s clock).' }),
    expires_at: attr.string({ computed: true, description: 'When the token expires unless renewed (RFC 3339); null when it never expires.' }),
  },
} as const;

export const apiTokenEphemeral = ephemeralResource<typeof schema, Opened>({
  typeName: 'authtoken_vms_api_token',
  description:
    'A VAST Data VMS API token for the length of one Terraform run: created when the run needs it, revoked when the run is done, never stored in state or plan files. ' +
    'Use it in a provider block or a write-only argument. It holds one of its owner\'s API token slots while the run lasts, and takes the Security realm\'s Create and Delete permissions (to create and revoke it).',
  schema,

  async open({ config, provider, signal, diagnostics }) {
    const client = provider.vms.client();
    let made: string | undefined;
    try {
      const { apiToken, value } = await newApiToken(
        client,
        { name: config.name ?? undefined, owner: config.owner ?? undefined, expiry: config.expiry ?? undefined },
        { signal, diagnostics, onCreated: ({ id }) => (made = id) },
      );
      const parsed = config.expiry === null ? undefined : parseExpiry(config.expiry);
      const windowSeconds = parsed?.ok ? parsed.expiry.seconds : lifetimeSeconds(apiToken);
      return {
        result: {
          name: apiToken.name,
          owner: apiToken.owner,
          expiry: config.expiry ?? expiryOfToken(apiToken, null),
          id: apiToken.id,
          token: value,
          created: apiToken.created,
          expires_at: apiToken.expiry_date,
        },
        private: { id: apiToken.id, created: apiToken.created, windowSeconds },
        ...renewal(client, apiToken.expiry_date, windowSeconds),
      };
    } catch (error) {
      // Terraform closes only what opened: a token made before the failure is revoked here.
      if (made !== undefined) await client.revokeApiToken(made, { signal }).catch(() => undefined);
      throw error;
    }
  },

  async renew({ private: opened, provider, signal, diagnostics }) {
    if (opened === null || opened.windowSeconds === null) return {};
    const client = provider.vms.client();
    const current = await client.getApiToken(opened.id, { signal });
    if (apiTokenStatus(current, client.platformNow().getTime()) !== 'valid') {
      diagnostics.warning('VMS API Token No Longer Valid', `The ephemeral API token ${opened.id} was revoked or expired before Terraform asked to renew it; it cannot be renewed.`);
      return {};
    }
    // One more window from now; the VMS counts the duration from creation.
    const seconds = Math.ceil((client.platformNow().getTime() - Date.parse(opened.created)) / 1000) + opened.windowSeconds;
    try {
      await client.modifyApiToken(opened.id, { expiry_date: `${seconds}S` }, { signal });
    } catch (error) {
      if (!(error instanceof PlatformError && error.kind === 'invalid')) throw error;
      diagnostics.warning(
        'VMS API Token Not Extended',
        `The VMS refused to extend the ephemeral API token ${opened.id} (${error.message}), for example past its maximum expiry (the password expiration timeout); it keeps its current expiry.`,
      );
      return {};
    }
    return renewal(client, new Date(Date.parse(opened.created) + seconds * 1000).toISOString(), opened.windowSeconds);
  },

  async close({ private: opened, provider, signal }) {
    if (opened === null) return;
    await provider.vms
      .client()
      .revokeApiToken(opened.id, { signal })
      .catch((error: unknown) => {
        if (!(error instanceof PlatformError && error.kind === 'not_found')) throw error;
      });
  },
});

/** When Terraform should ask for renewal: once a third of the window is left (local time for Terraform's timer). */
function renewal(client: VmsClient, expiresAt: string | null, windowSeconds: number | null): { renewAt?: Date } {
  if (expiresAt === null || windowSeconds === null) return {};
  const leftMs = Date.parse(expiresAt) - client.platformNow().getTime();
  return { renewAt: new Date(Date.now() + Math.max(0, leftMs - (windowSeconds * 1000) / 3)) };
}
