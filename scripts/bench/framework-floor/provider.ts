// The framework floor: a provider on this framework whose resources call no API at all. Each has the
// schema of one of the bench's token resources (the same attributes, types, sensitivity and value
// sizes), because Terraform's own cost per resource grows with what each instance keeps in state. Planned
// and applied like the tokens, they measure what Terraform's gRPC path, the plugin launches and the
// framework cost by themselves, apart from the platform work of the real resources.
import { randomBytes } from 'node:crypto';
import { attr, definitions, t } from '../../../src/framework';

const { provider, resource } = definitions<Record<string, never>>();

const kept = { computed: true, useStateForUnknown: true } as const;
const DAY_S = 86_400;

/** What the configuration gave, or the platform's default when it left the attribute unset (unknown). */
function given(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function times(lifetimeS: number): { created: string; expires: string } {
  const now = Date.now();
  return { created: new Date(now).toISOString(), expires: new Date(now + lifetimeS * 1000).toISOString() };
}

const vmsShaped = resource({
  typeName: 'floor_vms_api_token',
  description: 'Shaped like authtoken_vms_api_token; exists only in state.',
  schema: {
    attributes: {
      id: attr.string({ ...kept, description: 'Eight letters and digits.' }),
      name: attr.string({ optional: true, ...kept, requiresReplace: true, description: 'Any name.' }),
      owner: attr.string({ optional: true, ...kept, requiresReplace: true, description: 'Any owner.' }),
      expiry: attr.string({ optional: true, ...kept, requiresReplace: true, description: 'Echoed.' }),
      renew_before: attr.string({ optional: true, requiresReplace: true, description: 'Echoed.' }),
      token: attr.string({ ...kept, sensitive: true, description: 'A made-up secret.' }),
      created: attr.string({ ...kept, description: 'Creation time.' }),
      expires_at: attr.string({ ...kept, description: 'Creation time plus 30 days.' }),
    },
  },
  async create({ plan }) {
    const id = randomBytes(6).toString('base64url').slice(0, 8);
    const { created, expires } = times(30 * DAY_S);
    return {
      id,
      name: given(plan.name, 'admin_api_token'),
      owner: given(plan.owner, 'admin'),
      expiry: given(plan.expiry, '30D'),
      renew_before: plan.renew_before,
      token: `${id}.${randomBytes(24).toString('base64url')}`,
      created,
      expires_at: expires,
    };
  },
  read: async ({ state }) => state,
  delete: async () => {},
});

const openshiftShaped = resource({
  typeName: 'floor_openshift_authorization',
  description: 'Shaped like authtoken_openshift_authorization; exists only in state.',
  schema: {
    attributes: {
      id: attr.string({ ...kept, description: 'A made-up id.' }),
      scopes: attr.set(t.string, { required: true, requiresReplace: true, description: 'Echoed.' }),
      note: attr.string({ optional: true, requiresReplace: true, description: 'Echoed.' }),
      expires_in: attr.int64({ optional: true, ...kept, requiresReplace: true, description: 'Seconds; 30 days by default.' }),
      renew_before: attr.string({ optional: true, requiresReplace: true, description: 'Echoed.' }),
      token: attr.string({ ...kept, sensitive: true, description: 'A made-up secret.' }),
      identity: attr.string({ ...kept, description: 'Always `admin`.' }),
      created_at: attr.string({ ...kept, description: 'Creation time.' }),
      expires_at: attr.string({ ...kept, description: 'Creation time plus expires_in.' }),
    },
  },
  async create({ plan }) {
    const lifetime = typeof plan.expires_in === 'number' ? plan.expires_in : 30 * DAY_S;
    const { created, expires } = times(lifetime);
    return {
      id: randomBytes(16).toString('hex'),
      scopes: plan.scopes,
      note: plan.note,
      expires_in: lifetime,
      renew_before: plan.renew_before,
      token: randomBytes(30).toString('base64url'),
      identity: 'admin',
      created_at: created,
      expires_at: expires,
    };
  },
  read: async ({ state }) => state,
  delete: async () => {},
});

export const floorProvider = provider({
  name: 'floor',
  version: '0.0.1',
  schema: { attributes: {} },
  configure: () => ({}),
  resources: [vmsShaped, openshiftShaped],
});
