// authtoken_als_service_auth_token: a Cloud Foundry v2 service auth token on HP Helion ALS
// (`/v2/service_auth_tokens`). The caller chooses the secret and CC never shows it again, so the secret
// in state is the one configured: a refresh keeps it, and only label and provider can drift.
//
// No own-credential guard (`isProviderCredential`): the provider authenticates to ALS with a UAA login
// (password, access token or token file), never with a service auth token, so no token this resource
// manages can be the one the provider itself depends on.
import { attr, exactlyOneOf, path, requiredTogether, TerraformError } from '../../framework';
import { goneAsUndefined, PlatformError } from '../common';
import { createWithoutDuplicates } from '../adoption/create-without-duplicates';
import { platformDefinitions } from '../platform-definitions';
import type { AlsClient } from './als-client';
import { isServiceAuthTokenGone } from './als-errors';
import { DEFAULT_SERVICE_PROVIDER, type ServiceAuthToken, type ServiceAuthTokenUpdateRequest } from './als-models';
import { createdBy, lostCreateClock } from './lost-create';
import { importIdOf, parseImportId, type LabelAndProvider } from './service-auth-token-import-id';
import { findServiceAuthTokenByGuid } from './service-auth-token-lookups';
import { ccNameValidators, ccSecretValidators } from './service-auth-token-names';

const { resource } = platformDefinitions('als');

export const serviceAuthTokenResource = resource({
  typeName: 'authtoken_als_service_auth_token',
  description:
    'A service auth token on HP Helion ALS (Cloud Foundry v2 `/v2/service_auth_tokens`): the secret a v1 service gateway of a given label and provider presents to the Cloud Controller in `X-VCAP-Service-Token`. ' +
    'Label, provider and secret are all changed in place. The Cloud Controller never returns the secret, so it cannot drift and cannot be imported: ' +
    'import by guid or by `label/service_provider`, and the first apply afterwards sets the configured secret. ' +
    'A create whose answer is lost is looked up by label and provider before it is tried again, so a token is never made twice. ' +
    'The Cloud Controller keeps one token per label and provider and has no field for a marker, so a token that an interrupted apply created but never recorded cannot be told from one another configuration manages: ' +
    'the next create fails with "label taken", naming the existing token\'s guid to import.',
  schema: {
    attributes: {
      id: attr.string({ computed: true, useStateForUnknown: true, description: 'The token\'s guid on the Cloud Controller (`metadata.guid`).' }),
      label: attr.string({
        required: true,
        validators: ccNameValidators,
        description: 'The label of the service offering the token is for, e.g. `mysql`. Unique together with `service_provider`. Changed in place.',
      }),
      service_provider: attr.string({
        optional: true,
        computed: true,
        default: DEFAULT_SERVICE_PROVIDER,
        validators: ccNameValidators,
        description: 'The provider of the service offering (the Cloud Controller\'s `provider` field; `provider` is a reserved word in Terraform). Defaults to `core`, as the helion CLI does. Changed in place.',
      }),
      token: attr.string({
        optional: true,
        sensitive: true,
        validators: ccSecretValidators,
        description:
          'The secret the service gateway presents. Stored in the Terraform state; use `token_wo` to keep it out. Exactly one of `token` and `token_wo` is set. ' +
          'The Cloud Controller never returns it, so it is never drift, and it is null after import until the next apply sets it. Changed in place.',
      }),
      token_wo: attr.string({
        optional: true,
        writeOnly: true,
        validators: ccSecretValidators,
        description:
          'The secret, write-only: sent to the Cloud Controller but never stored in the state or the plan (Terraform 1.11 or later). Exactly one of `token` and `token_wo` is set. ' +
          'Terraform cannot see it change: change `token_wo_version` to send a new one.',
      }),
      token_wo_version: attr.int64({
        optional: true,
        description:
          'Any number that changes whenever `token_wo` does: a change sends the new `token_wo` to the Cloud Controller (in place). Required with `token_wo`. Null after import, so the first apply afterwards sends `token_wo`.',
      }),
    },
  },
  configValidators: [exactlyOneOf('token', 'token_wo'), requiredTogether('token_wo', 'token_wo_version')],

  async create({ plan, config, provider, signal, diagnostics }) {
    const client = provider.als.client();
    const wanted = { label: plan.label, provider: plan.service_provider, token: (plan.token ?? config.token_wo)! };
    const clock = lostCreateClock(client);
    const created = await createWithoutDuplicates({
      what: 'service auth token',
      signal,
      create: () => client.createServiceAuthToken(wanted, { signal }).catch((error: unknown) => labelTaken(client, error, wanted, signal)),
      // (label, provider) is unique on CC: a token with them that is older than our request was there
      // before, so our create was refused (label taken) and trying again will say so.
      find: async () => {
        const found = await client.findServiceAuthToken(wanted.label, wanted.provider, { signal });
        return found !== undefined && createdBy(found, clock) ? found : undefined;
      },
      diagnostics,
    });
    return { id: created.guid, label: plan.label, service_provider: plan.service_provider, token: plan.token, token_wo: null, token_wo_version: plan.token_wo_version };
  },

  async read({ state, provider, signal }) {
    const found = await findServiceAuthTokenByGuid(provider.als.client(), state.id!, signal);
    if (found === undefined) return null;
    // The secret is not in the answer: token and token_wo_version keep what the last apply sent.
    return { ...state, label: found.label, service_provider: found.provider };
  },

  async update({ prior, plan, config, provider, signal }) {
    // Only what changed is sent: a PUT leaves the fields it does not name as they are.
    const changes: ServiceAuthTokenUpdateRequest = {
      ...(plan.label !== prior.label ? { label: plan.label } : {}),
      ...(plan.service_provider !== prior.service_provider ? { provider: plan.service_provider } : {}),
      ...(plan.token !== null && plan.token !== prior.token ? { token: plan.token } : {}),
      ...(plan.token_wo_version !== null && plan.token_wo_version !== prior.token_wo_version && config.token_wo !== null ? { token: config.token_wo } : {}),
    };
    if (Object.keys(changes).length > 0) await provider.als.client().updateServiceAuthToken(prior.id!, changes, { signal });
    return { ...prior, label: plan.label, service_provider: plan.service_provider, token: plan.token, token_wo: null, token_wo_version: plan.token_wo_version };
  },

  async importState({ id, provider, signal }) {
    const token = await tokenOfImportId(provider.als.client(), id, signal);
    // The secret cannot be read back: null until the next apply sets the configured one.
    return { id: token.guid, label: token.label, service_provider: token.provider, token: null, token_wo: null, token_wo_version: null };
  },

  async delete({ state, provider, signal }) {
    await provider.als.client().deleteServiceAuthToken(state.id!, { signal }).catch(goneAsUndefined(isServiceAuthTokenGone));
  },
});

/**
 * CC refused the create because a token with this label and provider exists. Nothing in it tells whose it
 * is (CC keeps no note, and never shows the secret): the one an interrupted earlier apply of this
 * configuration created but no state recorded, or one that another configuration manages. So it is not
 * taken over; the error names it, for an import when it is the former.
 */
async function labelTaken(client: AlsClient, error: unknown, wanted: { label: string; provider: string }, signal: AbortSignal): Promise<never> {
  if (!(error instanceof PlatformError && error.kind === 'conflict')) throw error;
  const holder = await client.findServiceAuthToken(wanted.label, wanted.provider, { signal }).catch(() => undefined);
  if (holder === undefined) throw error;
  throw new TerraformError(
    'Service Auth Token Already Exists',
    `${error.message}. The Cloud Controller allows one service auth token per label and provider, and the token with label ${JSON.stringify(wanted.label)} and provider ${JSON.stringify(wanted.provider)} exists already: ` +
      `guid ${holder.guid}, created ${holder.createdAt}. If an interrupted apply created it (Terraform was killed before its state recorded the token), import it: ` +
      `terraform import <address of this resource> ${holder.guid}, or an import block with id = "${holder.guid}" — the next apply then sets the configured secret. If another configuration manages it, give this one another label or provider.`,
    path('label'),
  );
}

async function tokenOfImportId(client: AlsClient, id: string, signal: AbortSignal): Promise<ServiceAuthToken> {
  const parsed = parseImportId(id);
  if ('guid' in parsed) {
    const token = await client.getServiceAuthToken(parsed.guid, { signal }).catch(goneAsUndefined(isServiceAuthTokenGone));
    if (token === undefined) throw importError(`No service auth token has the guid ${JSON.stringify(id)}.`);
    return token;
  }
  if (parsed.candidates.length === 0) throw importError(`${JSON.stringify(id)} is neither a guid nor label/service_provider.`);
  const found = await client.listServiceAuthTokens({ label: labels(parsed.candidates), provider: providers(parsed.candidates), signal });
  const matching = found.filter((t) => parsed.candidates.some((c) => c.label === t.label && c.provider === t.provider));
  if (matching.length === 1) return matching[0]!;
  if (matching.length === 0) throw importError(`No service auth token has ${describe(parsed.candidates)}.`);
  throw new TerraformError(
    'Ambiguous Import ID',
    `${JSON.stringify(id)} names ${matching.length} service auth tokens, since labels and providers may contain "/": ${matching.map((t) => `${JSON.stringify(importIdOf(t))} (guid ${t.guid})`).join(', ')}. Import by guid instead.`,
  );
}

function importError(why: string): TerraformError {
  return new TerraformError('Cannot Import ALS Service Auth Token', `${why} Import by the token's guid or by label/service_provider, e.g. mysql/core.`);
}

function describe(candidates: readonly LabelAndProvider[]): string {
  return candidates.map((c) => `label ${JSON.stringify(c.label)} and provider ${JSON.stringify(c.provider)}`).join(', nor ');
}

const labels = (candidates: readonly LabelAndProvider[]) => candidates.map((c) => c.label);
const providers = (candidates: readonly LabelAndProvider[]) => candidates.map((c) => c.provider);

