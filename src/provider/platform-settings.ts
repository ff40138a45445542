// Each platform's settings as the provider sees them: the provider block's argument, else its environment
// variable. A platform is "unknown" while any of its arguments waits on another resource's output (plan
// time), "absent" when neither the block nor the environment names it, and "given" otherwise.
import { isUnknown } from '../framework';
import type { PlatformName } from './common';

/** The provider-block arguments and the environment variable each falls back to. */
export const PLATFORM_VARIABLES = {
  als: { api_endpoint: 'ALS_API_ENDPOINT', username: 'ALS_USERNAME', password: 'ALS_PASSWORD', access_token: 'ALS_ACCESS_TOKEN', token_file: 'ALS_TOKEN_FILE' },
  vms: { endpoint: 'VMS_ENDPOINT', username: 'VMS_USERNAME', password: 'VMS_PASSWORD', api_token: 'VMS_API_TOKEN', tenant: 'VMS_TENANT' },
  openshift: { server: 'OPENSHIFT_SERVER', username: 'OPENSHIFT_USERNAME', password: 'OPENSHIFT_PASSWORD', token: 'OPENSHIFT_TOKEN' },
} as const satisfies Record<PlatformName, Record<string, string>>;

/** The argument that says where the platform is: without it, nothing else matters. */
export const PLATFORM_ADDRESS_ARGUMENT = { als: 'api_endpoint', vms: 'endpoint', openshift: 'server' } as const satisfies Record<PlatformName, string>;

/** Arguments read from the block only (no environment variable). */
const TLS_ARGUMENTS = ['ca_file', 'insecure'] as const;

export type PlatformArguments<K extends PlatformName> = { readonly [A in keyof (typeof PLATFORM_VARIABLES)[K]]?: string } & {
  readonly ca_file?: string;
  readonly insecure?: boolean;
};

export type PlatformSettings<K extends PlatformName> =
  | { readonly status: 'given'; readonly values: PlatformArguments<K>; readonly fromBlock: boolean }
  | { readonly status: 'unknown'; readonly unknownArguments: readonly string[] }
  | { readonly status: 'absent' };

type BlockValue = Readonly<Record<string, unknown>> | null | undefined;

/** Resolves one platform's settings from its block (as configured) and the environment. */
export function platformSettings<K extends PlatformName>(platform: K, block: BlockValue | unknown, env: NodeJS.ProcessEnv): PlatformSettings<K> {
  if (isUnknown(block)) return { status: 'unknown', unknownArguments: [platform] };
  const b = (block ?? null) as Readonly<Record<string, unknown>> | null;
  const variables = PLATFORM_VARIABLES[platform] as Readonly<Record<string, string>>;
  const unknownArguments = b === null ? [] : Object.keys(b).filter((k) => isUnknown(b[k]));
  if (unknownArguments.length > 0) return { status: 'unknown', unknownArguments };
  const values: Record<string, string | boolean> = {};
  for (const [argument, variable] of Object.entries(variables)) {
    const fromBlock = b?.[argument];
    const value = typeof fromBlock === 'string' && fromBlock !== '' ? fromBlock : nonEmpty(env[variable]);
    if (value !== undefined) values[argument] = value;
  }
  for (const argument of TLS_ARGUMENTS) {
    const v = b?.[argument];
    if (v !== null && v !== undefined) values[argument] = v as string | boolean;
  }
  const anyGiven = Object.keys(values).some((k) => !(TLS_ARGUMENTS as readonly string[]).includes(k));
  if (b === null && !anyGiven) return { status: 'absent' };
  return { status: 'given', values: values as PlatformArguments<K>, fromBlock: b !== null };
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v;
}
