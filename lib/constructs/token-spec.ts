// What one token is, for each of the three platforms, in the typed values of this library; and what
// arguments of the generated resource it becomes. RotatingToken and TokenSet share it, so a token reads
// the same in both.
import type { Construct } from 'constructs';
import { Fn, Token, type TerraformIterator, type TerraformProvider, type TerraformResourceLifecycle } from 'cdktf';
import { AlsServiceAuthToken } from '../providers/authtoken/als-service-auth-token';
import { OpenshiftAuthorization } from '../providers/authtoken/openshift-authorization';
import { VmsApiToken } from '../providers/authtoken/vms-api-token';
import type { Duration } from './duration';
import type { Expiry } from './expiry';
import type { Scope } from './scope';
import { unresolved } from './synth-check';

/** A VAST Data VMS API token (`authtoken_vms_api_token`). */
export interface VmsTokenSpec {
  readonly kind: 'vms';
  /** Default: `<owner>_api_token` (in a TokenSet: the consumer's key). */
  readonly name?: string;
  /** Default: the user the provider authenticates as. */
  readonly owner?: string;
  /** How long the token is valid, counted from its creation. Needed for rotation. */
  readonly expiry?: Expiry;
}

/** An OpenShift v2 broker authorization (`authtoken_openshift_authorization`). */
export interface OpenShiftTokenSpec {
  readonly kind: 'openshift';
  readonly scopes: readonly Scope[];
  /** Default in a TokenSet: the consumer's key. */
  readonly note?: string;
  /** The token's lifetime (sent as `expires_in`, in seconds). Default: the scopes' default on the broker. */
  readonly expiresIn?: Duration;
}

/**
 * An HP Helion ALS service auth token (`authtoken_als_service_auth_token`). The secret is given, not made
 * by the platform, so it must come from a sensitive variable or an ephemeral value, never a literal.
 */
export interface AlsTokenSpec {
  readonly kind: 'als';
  /** Default in a TokenSet: the consumer's key. */
  readonly label?: string;
  /** Default: `core`. */
  readonly serviceProvider?: string;
  /** The secret the service gateway presents. */
  readonly secret: string;
  /**
   * Given, the secret is write-only (`token_wo`, kept out of state and plan; an ephemeral value may feed
   * it) and is sent again whenever this number changes: rotation by version. Without it the secret is
   * stored (`token`, sensitive) and sent again whenever it changes.
   */
  readonly secretVersion?: number;
}

export type TokenSpec = VmsTokenSpec | OpenShiftTokenSpec | AlsTokenSpec;
export type TokenKind = TokenSpec['kind'];
export type TokenResourceClass = VmsApiToken | OpenshiftAuthorization | AlsServiceAuthToken;

const KINDS: readonly TokenKind[] = ['vms', 'openshift', 'als'];

/** A plain argument value: what the generated resource takes, or what a for_each map can hold. */
export type Argument = string | number | string[];

/**
 * The token's arguments by the generated config's (camelCase) names, without the secret, which may be
 * sensitive or ephemeral and so cannot travel in a for_each map; and what is wrong, each a sentence.
 */
export interface TokenArguments {
  readonly kind: TokenKind;
  readonly args: Readonly<Record<string, Argument | undefined>>;
  /** ALS only: the secret, and whether it goes write-only (`token_wo`) or stored (`token`). */
  readonly secret?: { readonly value: string; readonly writeOnly: boolean };
  readonly problems: readonly string[];
}

/** How each argument is read back from `each.value` when a TokenSet puts it in a for_each map. */
export const ARGUMENT_TYPES: Readonly<Record<string, 'string' | 'number' | 'list'>> = {
  name: 'string',
  owner: 'string',
  expiry: 'string',
  scopes: 'list',
  note: 'string',
  expiresIn: 'number',
  label: 'string',
  serviceProvider: 'string',
  tokenWoVersion: 'number',
};

/** `defaultName`: the consumer's key in a TokenSet, the default name, note or label. */
export function tokenArguments(spec: TokenSpec, renewBefore: Duration | undefined, defaultName?: string): TokenArguments {
  const renewal = (lifetime: number | undefined, what: string): string[] => {
    if (renewBefore === undefined) return [];
    if (renewBefore.problem !== undefined) return [`renewBefore: ${renewBefore.problem}`];
    if (lifetime === undefined || renewBefore.inSeconds === undefined || renewBefore.inSeconds < lifetime) return [];
    return [`renewBefore (${renewBefore.text}) must be shorter than the ${what}: every plan would replace the token`];
  };
  switch (spec.kind) {
    case 'vms':
      return {
        kind: 'vms',
        args: { name: spec.name ?? defaultName, owner: spec.owner, expiry: spec.expiry?.text },
        problems: [
          ...(spec.expiry?.problem === undefined ? [] : [`expiry: ${spec.expiry.problem}`]),
          ...(renewBefore !== undefined && spec.expiry === undefined ? ['a rotating VMS token needs an expiry (e.g. Expiry.days(90)): without one it never expires, so there is nothing to renew before'] : []),
          ...renewal(spec.expiry?.inSeconds, `token's expiry (${spec.expiry?.text})`),
          ...blank('name', spec.name),
          ...blank('owner', spec.owner),
        ],
      };
    case 'openshift': {
      const expiresIn = spec.expiresIn;
      return {
        kind: 'openshift',
        args: { scopes: spec.scopes.map((s) => s.text), note: spec.note ?? defaultName, expiresIn: expiresIn?.inSeconds },
        problems: [
          ...(spec.scopes.length === 0 ? ['scopes: an authorization grants at least one scope, e.g. Scope.session()'] : []),
          ...spec.scopes.flatMap((s) => (s.problem === undefined ? [] : [`scopes: ${s.problem}`])),
          ...(expiresIn?.problem === undefined ? [] : [`expiresIn: ${expiresIn.problem}`]),
          ...(expiresIn !== undefined && expiresIn.problem === undefined && expiresIn.inSeconds === undefined
            ? ['expiresIn: the broker takes whole seconds, known at synth: use Duration.hours(…), Duration.days(…) or a literal such as "24h"']
            : []),
          ...(expiresIn?.inSeconds !== undefined && !Number.isInteger(expiresIn.inSeconds) ? [`expiresIn (${expiresIn.text}): the broker takes whole seconds`] : []),
          ...renewal(expiresIn?.inSeconds, `token's lifetime (expiresIn ${expiresIn?.text})`),
          ...((spec.note?.length ?? 0) > 4096 ? [`note: at most 4096 characters (it has ${spec.note!.length})`] : []),
        ],
      };
    }
    case 'als': {
      const writeOnly = spec.secretVersion !== undefined;
      return {
        kind: 'als',
        args: { label: spec.label ?? defaultName, serviceProvider: spec.serviceProvider, tokenWoVersion: spec.secretVersion },
        secret: { value: spec.secret, writeOnly },
        problems: [
          ...(spec.label === undefined && defaultName === undefined ? ['label: the service offering the token is for, e.g. "mysql"'] : blank('label', spec.label)),
          ...blank('serviceProvider', spec.serviceProvider),
          // A literal secret would be written in clear into cdk.tf.json.
          ...(unresolved(spec.secret) ? [] : ['secret: give a sensitive TerraformVariable or an ephemeral value (e.g. an ephemeral token), never a literal: a literal is written in clear into cdk.tf.json']),
          ...(writeOnly && !unresolved(spec.secretVersion) && !(Number.isSafeInteger(spec.secretVersion) && spec.secretVersion! > 0)
            ? [`secretVersion (${spec.secretVersion}): a whole number above zero, raised to send a new secret`]
            : []),
          // ALS tokens have no expiry: they are rotated by a new secret (secretVersion), in place.
          ...(renewBefore !== undefined ? ['renewBefore: an ALS service auth token never expires; rotate its secret by raising secretVersion'] : []),
        ],
      };
    }
    default: {
      const kind = (spec as { kind?: unknown }).kind;
      throw new Error(`unknown token kind ${JSON.stringify(kind)}; one of ${KINDS.join(', ')}`);
    }
  }
}

export interface ResourceOptions {
  readonly renewBefore?: Duration;
  readonly provider?: TerraformProvider;
  readonly forEach?: TerraformIterator;
  /** The resource's name in Terraform; set before anything refers to the resource, which fixes it. */
  readonly logicalId: string;
}

/** The generated resource of `kind` with these (already resolved or each.value) arguments. */
export function tokenResource(scope: Construct, id: string, kind: TokenKind, config: Record<string, unknown>, options: ResourceOptions): TokenResourceClass {
  const { renewBefore, provider, forEach } = options;
  // Rotation: the new token must exist before the old one is revoked, or its users are cut off between.
  const lifecycle: TerraformResourceLifecycle | undefined = renewBefore === undefined ? undefined : { createBeforeDestroy: true };
  const meta = { provider, forEach, lifecycle };
  const defined = Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined));
  let resource: TokenResourceClass;
  if (kind === 'vms') resource = new VmsApiToken(scope, id, { ...defined, renewBefore: renewBefore?.text, ...meta });
  else if (kind === 'openshift') resource = new OpenshiftAuthorization(scope, id, { scopes: [], ...defined, renewBefore: renewBefore?.text, ...meta });
  else resource = new AlsServiceAuthToken(scope, id, { label: '', ...defined, provider, forEach });
  resource.overrideLogicalId(options.logicalId);
  return resource;
}

/**
 * A secret for `token_wo`, without its sensitive mark. A write-only argument is never stored, planned or
 * shown, so the mark protects nothing there; kept, Terraform 1.11 records `token_wo` as a second sensitive
 * path beside `token`, orders the two at random, and `plan -refresh-only -detailed-exitcode` then exits 2
 * now and then with nothing changed.
 */
export function writeOnlySecret(value: string): string {
  return Token.asString(Fn.nonsensitive(value));
}

/** The config of the generated resource for one token: its arguments plus its secret. */
export function resourceConfig(t: TokenArguments): Record<string, unknown> {
  const secret = t.secret === undefined ? {} : t.secret.writeOnly ? { tokenWo: writeOnlySecret(t.secret.value) } : { token: t.secret.value };
  return { ...t.args, ...secret };
}

function blank(what: string, value: string | undefined): string[] {
  return value !== undefined && !unresolved(value) && value.trim() === '' ? [`${what}: empty; leave it out for the default`] : [];
}
