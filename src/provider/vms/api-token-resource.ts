// authtoken_vms_api_token: a VAST Data VMS API token (`/api/<version>/apitokens/`). The VMS picks the
// secret and shows it once, in the create answer; reads show everything else. Name and expiry change in
// place (PATCH), the owner does not; destroy revokes (the VMS has no delete), and a revoked or expired
// token reads as gone. How a create stays free of duplicates: api-token-creation.ts.
import { goneAsUndefined } from '../common';
import { TerraformError, attr, isUnknown, lengthBetween, path, unknown, type Unknown } from '../../framework';
import { platformDefinitions } from '../platform-definitions';
import { readTime, recordRead } from '../renewal/read-clock';
import { checkRenewalWindow, planRenewal } from '../renewal/renewal-plan';
import { positiveDuration } from '../renewal/duration-validator';
import { hasAnyMarker } from '../adoption/creation-marker';
import { configuredName, defaultApiTokenName, MAX_API_TOKEN_NAME_LENGTH, newApiToken, unmarkedName, vmsTokenKey } from './api-token-creation';
import { findApiToken } from './api-token-lookups';
import { apiTokenStatus } from './api-token-status';
import { expiryDateFrom, expiryOrThrow, parseExpiry } from './expiry';
import { sameDurationIsNoChange, vmsExpiry } from './expiry-attribute';
import { expiryOfToken } from './token-lifetime';
import { isApiTokenGone } from './vms-errors';
import type { ApiToken } from './vms-models';

const { resource } = platformDefinitions('vms');

const schema = {
  attributes: {
    id: attr.string({
      computed: true,
      useStateForUnknown: true,
      description: 'The token\'s id on the VMS: 8 letters and digits, the part of the token before the dot. Import by this id.',
    }),
    name: attr.string({
      optional: true,
      computed: true,
      useStateForUnknown: true,
      validators: [lengthBetween(1, MAX_API_TOKEN_NAME_LENGTH), unmarkedName],
      description: 'The token\'s name. Default: `<owner>_api_token`, as the VMS names it; removed from the configuration later, the token keeps its name. Changed in place.',
    }),
    owner: attr.string({
      optional: true,
      computed: true,
      useStateForUnknown: true,
      requiresReplace: true,
      validators: [lengthBetween(1)],
      description:
        'The VMS manager the token belongs to; the token carries its owner\'s permissions. Default: the user the provider authenticates as. ' +
        'Creating a token for another owner needs the Create permission of the Security realm. Changing it creates a new token.',
    }),
    expiry: attr.string({
      optional: true,
      computed: true,
      useStateForUnknown: true,
      validators: [vmsExpiry],
      planModifiers: [sameDurationIsNoChange],
      description:
        'How long the token is valid, counted from its creation (also when changed later): a whole number and one unit letter, ' +
        'Y (year, 365 days), M (month, 30 days), w or W (week), d or D (day), h or H (hour), m (minute), s or S (second), e.g. `180D`. ' +
        'Unset, the VMS default applies (the password expiration timeout, or never when that is disabled) and is shown here; the same timeout is also the maximum. ' +
        'Changed in place; a change that would leave the token already expired creates a new token instead. ' +
        'The VMS does not record how the expiry was written: import shows the lifetime in its largest whole unit (30 days as `1M`), and a configuration that writes the same length differently is no change.',
    }),
    renew_before: attr.string({
      optional: true,
      validators: [positiveDuration],
      description:
        'A duration in Go syntax (`"72h"`, `"30m"`). A plan made when the token expires within it replaces the token (with lifecycle { create_before_destroy = true }, the new token exists before the old one is revoked, so the owner needs a free token slot meanwhile). ' +
        'Without it, plans warn when less than a tenth of the token\'s lifetime is left. Expiry is judged by the VMS\'s clock, as it stood when the plan refreshed the token (so not with -refresh=false).',
    }),
    token: attr.string({
      computed: true,
      sensitive: true,
      useStateForUnknown: true,
      description:
        'The token to authenticate with (`Authorization: Api-Token <token>`), `<id>.<secret>`. The VMS shows it only in the answer to the create call: ' +
        'it cannot be recovered by import (null after import) or read again.',
    }),
    created: attr.string({ computed: true, useStateForUnknown: true, description: 'When the token was created (RFC 3339, the VMS\'s clock).' }),
    expires_at: attr.string({
      computed: true,
      useStateForUnknown: true,
      description: 'When the token expires (RFC 3339, the VMS\'s `expiry_date`): creation plus `expiry`. Null when it never expires.',
    }),
  },
} as const;

export const apiTokenResource = resource({
  typeName: 'authtoken_vms_api_token',
  description:
    'An API token on VAST Data VMS: a credential for the VMS REST API (`Authorization: Api-Token <token>`) that carries its owner\'s permissions. ' +
    'Destroying it revokes it (revocation is final; the VMS keeps revoked tokens as archived). A token revoked or expired outside Terraform reads as gone, so the next plan creates it again. ' +
    'The VMS allows each owner a limited number of valid tokens (max_api_tokens_per_user, 5 by default). ' +
    'Creates are marked so that neither a lost answer nor an interrupted apply leaves a duplicate or an orphan: the token is created under its name followed by a creation marker such as ` [tf-create:0123456789abcdef-01234567]` ' +
    '(its first part derived from the resource\'s configuration — name, owner, expiry — the second unique to the create call), and renamed to its name once Terraform has recorded it (at the end of the apply, or at the next refresh if the apply was killed). ' +
    'When the answer to a create is lost, the token carrying the marker is revoked and the token created again. Before creating, the provider revokes any token still carrying this configuration\'s marker that was never used: ' +
    'an earlier apply created it and was killed before any state recorded it, and its secret is lost (a used one is left alone and reported). ' +
    'Two resources with the same name, owner and expiry share the marker; give tokens distinct names to keep them apart across workspaces. ' +
    'Renaming takes the Security realm\'s Edit permission: without it the VMS name keeps the marker, which Terraform does not show. ' +
    'Managing tokens takes the Security realm\'s Create (create), Edit (change) and Delete (revoke) permissions on the VMS, also for one\'s own tokens.',
  schema,

  validateConfig({ config, diagnostics }) {
    // A renew_before as long as the lifetime would replace the token on every plan.
    const lifetime = typeof config.expiry === 'string' ? parseExpiry(config.expiry) : undefined;
    checkRenewalWindow(config.renew_before, lifetime?.ok ? lifetime.expiry.seconds * 1000 : undefined, diagnostics);
  },

  modifyPlan(req) {
    const { plan, prior, config, provider } = req;
    if (plan === null || config === null) return;
    if (prior === null) {
      // Without an owner, the VMS makes it whoever applies (a saved plan may be applied by another user
      // than the one who planned it): owner and the default name are known after apply.
      if (config.name === null) plan.name = typeof config.owner === 'string' ? defaultApiTokenName(config.owner) : unknown;
      return;
    }
    // A new expiry counts from the token's creation, so the expiry date is known once the VMS has it.
    if (plan.expiry !== prior.expiry) plan.expires_at = unknown;
    // Judged by the VMS's clock when this run read the token; without a read in this run, not judged.
    const observedAt = provider.vms.unknown ? undefined : readTime(provider.vms.client(), prior.id!);
    if (observedAt === undefined) return;
    // Renewal is judged by the expiry this plan gives the token: a new expiry counts from creation too.
    let expiresAt = prior.expires_at;
    if (plan.expiry !== prior.expiry) {
      const wanted = typeof plan.expiry === 'string' ? parseExpiry(plan.expiry) : undefined;
      const expiresMs = wanted?.ok && prior.created !== null ? expiryDateFrom(prior.created, wanted.expiry).getTime() : undefined;
      if (expiresMs !== undefined && expiresMs <= observedAt.getTime()) {
        req.requireReplace(path('expiry'));
        req.diagnostics.warning(
          'Expiry Change Replaces the VMS API Token',
          `The VMS counts an expiry from the token's creation (${prior.created}), so expiry = "${plan.expiry}" would leave the existing token ${describe(prior)} already expired. This plan creates a new token with that expiry instead.`,
        );
        return;
      }
      if (expiresMs !== undefined) expiresAt = new Date(expiresMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    planRenewal(req, { createdAt: prior.created, expiresAt, observedAt, describe: describe(prior) });
  },

  isProviderCredential: (state, client) => client.apiTokenId !== undefined && client.apiTokenId === state.id,

  async create({ plan, config, provider, signal, diagnostics, created }) {
    const client = provider.vms.client();
    const made = await newApiToken(
      client,
      { name: config.name ?? undefined, owner: config.owner ?? undefined, expiry: config.expiry ?? undefined },
      {
        signal,
        diagnostics,
        ledger: provider.creations,
        // The token exists from here on: if anything after fails, it is kept in state (tainted), secret included.
        onCreated: ({ id, value, name, details }) =>
          created({
            id,
            name,
            owner: details?.owner ?? null,
            expiry: config.expiry,
            renew_before: plan.renew_before,
            token: value,
            created: details?.created ?? null,
            expires_at: details?.expiry_date ?? null,
          }),
      },
    );
    return { ...stateOf(made.apiToken, config.expiry), renew_before: plan.renew_before, token: made.value };
  },

  async read({ state, provider, signal }) {
    const client = provider.vms.client();
    const listed = await findApiToken(client, state.id!, signal);
    if (listed === undefined) return null;
    const found = { ...listed, name: configuredName(listed.name) };
    const now = client.platformNow();
    if (apiTokenStatus(found, now.getTime()) !== 'valid') return null;
    if (hasAnyMarker(listed.name)) {
      // In a state, so no longer an orphan in the making: the creation marker can go (the run that made the
      // token ended before it could). Best effort: without the Edit permission the marker stays, unseen.
      // Not a change any read of this operation sees: the listing the other reads use stays good.
      await client.modifyApiToken(found.id, { name: found.name }, { signal, changesWhatIsRead: false }).catch(() => undefined);
      provider.creations.forget(vmsTokenKey(found.id));
    }
    recordRead(client, found.id, now);
    return { ...stateOf(found, expiryOfToken(found, state.expiry)), renew_before: state.renew_before, token: state.token };
  },

  async update({ plan, prior, provider, signal }) {
    const name = known(plan.name);
    const expiry = known(plan.expiry);
    const rename = name !== prior.name;
    const newExpiry = expiry !== prior.expiry && expiry !== null;
    if (!rename && !newExpiry) return { ...prior, renew_before: plan.renew_before };
    const client = provider.vms.client();
    // A saved plan may be applied long after it was made: a new expiry that has already passed by the
    // VMS's clock (counted from creation) would end the token on the spot, so it is refused instead.
    if (newExpiry) {
      const current = await client.getApiToken(prior.id!, { signal });
      const expiresMs = expiryDateFrom(current.created, expiryOrThrow(expiry)).getTime();
      if (expiresMs <= client.platformNow().getTime()) {
        throw new TerraformError(
          'Expiry Change Would End the VMS API Token',
          `The VMS counts an expiry from the token's creation (${current.created}), and by its clock expiry = "${expiry}" has already passed, so this change would leave ${describe(prior)} already expired. ` +
            'Nothing was changed. The plan being applied was made earlier; plan again, and the new plan replaces the token instead.',
          path('expiry'),
        );
      }
    }
    await client.modifyApiToken(prior.id!, { ...(rename ? { name: name! } : {}), ...(newExpiry ? { expiry_date: expiry } : {}) }, { signal });
    if (!newExpiry) return { ...prior, name, renew_before: plan.renew_before };
    // The new expiry date is creation + the new duration, as the VMS computed it.
    const after = await client.getApiToken(prior.id!, { signal });
    return { ...stateOf(after, expiry), name, renew_before: plan.renew_before, token: prior.token };
  },

  async delete({ state, provider, signal }) {
    // Revocation is final: the VMS keeps the token as archived, and it never authenticates again.
    await provider.vms.client().revokeApiToken(state.id!, { signal }).catch(goneAsUndefined(isApiTokenGone));
  },

  async importState({ id }) {
    if (!/^[A-Za-z0-9]+$/.test(id)) {
      throw new TerraformError('Invalid VMS API Token Id', 'Import a VMS API token by its id alone: the letters and digits before the dot of the token. The secret is not needed, and it cannot be imported.');
    }
    // The secret cannot be recovered: `token` stays null. The read that follows fills in the rest.
    return { id, name: null, owner: null, expiry: null, renew_before: null, token: null, created: null, expires_at: null };
  },
});

/** The attributes the VMS reports; `expiry` as state should hold it (null: the lifetime, spelled canonically). */
function stateOf(token: ApiToken, expiry: string | null) {
  return {
    id: token.id,
    name: token.name,
    owner: token.owner,
    created: token.created,
    expires_at: token.expiry_date,
    expiry: expiry ?? expiryOfToken(token, null),
  };
}

function describe(state: { readonly name: string | null; readonly id: string | null }): string {
  return `VMS API token ${JSON.stringify(state.name)} (id ${state.id})`;
}

/** Values the plan knew; apply gets them known. */
function known<T>(value: T | Unknown): T {
  if (isUnknown(value)) throw new Error('a planned value is unknown at apply');
  return value as T;
}

