// data authtoken_vms_api_tokens: the API tokens the VMS lists (`GET /api/<version>/apitokens/`), filtered
// by owner, revoked ("archived") ones on request. No secrets: the VMS never shows one after creation.
// Usage facts such as `last_used` belong here, not in the resource, whose state must not move with use.
import { withoutMarker } from '../adoption/creation-marker';
import { attr } from '../../framework';
import { platformDefinitions } from '../platform-definitions';

const { dataSource } = platformDefinitions('vms');

export const apiTokensDataSource = dataSource({
  typeName: 'authtoken_vms_api_tokens',
  description:
    'The API tokens on VAST Data VMS, as `apitoken list` shows them. Without Security View permission, the VMS lists only the authenticated user\'s own tokens. ' +
    'Secrets are never listed: the VMS shows a token\'s secret only once, when it is created.',
  schema: {
    attributes: {
      owner: attr.string({ optional: true, description: 'Only the tokens of this VMS manager. Listing another user\'s tokens needs the View permission of the Security realm.' }),
      include_revoked: attr.bool({ optional: true, description: 'Also list revoked tokens (the VMS keeps them as archived). Default: false.' }),
      api_tokens: attr.listNested(
        {
          id: attr.string({ computed: true, description: 'The token\'s id: the part of the token before the dot.' }),
          name: attr.string({ computed: true, description: 'The token\'s name.' }),
          owner: attr.string({ computed: true, description: 'The VMS manager the token belongs to.' }),
          created: attr.string({ computed: true, description: 'When the token was created (RFC 3339).' }),
          expires_at: attr.string({ computed: true, description: 'When the token expires (the VMS\'s `expiry_date`, RFC 3339); null when it never expires.' }),
          last_used: attr.string({ computed: true, description: 'The last time the token authenticated a request (RFC 3339); null when never used.' }),
          revoked: attr.bool({ computed: true, description: 'Whether the token was revoked. Revocation is final.' }),
          revocation_time: attr.string({ computed: true, description: 'When the token was revoked (RFC 3339); null when it was not.' }),
        },
        { computed: true, description: 'The tokens, in the order the VMS lists them (creation order).' },
      ),
    },
  },
  async read({ config, provider, signal }) {
    const tokens = await provider.vms
      .client()
      .listApiTokens({ ...(config.owner === null ? {} : { owner: config.owner }), archived: config.include_revoked === true }, { signal });
    return {
      owner: config.owner,
      include_revoked: config.include_revoked,
      api_tokens: tokens.map((t) => ({
        id: t.id,
        // A token Terraform is still creating carries a creation marker; listed, as the resource shows it, without.
        name: withoutMarker(t.name),
        owner: t.owner,
        created: t.created,
        expires_at: t.expiry_date,
        last_used: t.last_used,
        revoked: t.revoked,
        revocation_time: t.revocation_time,
      })),
    };
  },
});
