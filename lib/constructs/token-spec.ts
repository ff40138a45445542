// What one token is, for each of the three platforms, in the typed values of this library; and how it
// becomes the generated resource. RotatingToken and TokenSet share it, so a token reads the same in both.
import type { Construct } from 'constructs';
import type { TerraformProvider, TerraformResourceLifecycle } from 'cdktf';
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

/** The generated resource behind a token, and what a stack reads from it. */
export interface TokenResource {
  readonly resource: VmsApiToken | OpenshiftAuthorization | AlsServiceAuthToken;
  /** The token's id on its platform (ALS: the guid). */
  readonly id: string;
  /** The token itself (sensitive); undefined for an ALS token with a write-only secret, which is in no state. */
  readonly token: string | undefined;
  /** What is wrong with the spec, each a sentence; checked at synth. */
  readonly problems: () => string[];
}

export interface TokenOptions {
  readonly renewBefore?: Duration;
  readonly provider?: TerraformProvider;
  /** The consumer's key in a TokenSet: the default name, note or label. */
  readonly defaultName?: string;
  /** The resource's name in Terraform; set before anything refers to the resource, which fixes it. */
  readonly logicalId: string;
}

const KINDS = ['vms', 'openshift', 'als'];

export function createTokenResource(scope: Construct, id: string, spec: TokenSpec, options: TokenOptions): TokenResource {
  const { renewBefore, provider } = options;
  // Rotation: the new token must exist before the old one is revoked, or its users are cut off between.
  const lifecycle: TerraformResourceLifecycle | undefined = renewBefore === undefined ? undefined : { createBeforeDestroy: true };
  const renewal = (lifetime: number | undefined, what: string): string[] => {
    if (renewBefore === undefined) return [];
    if (renewBefore.problem !== undefined) return [`renewBefore: ${renewBefore.problem}`];
    if (lifetime === undefined || renewBefore.inSeconds === undefined || renewBefore.inSeconds < lifetime) return [];
    return [`renewBefore (${renewBefore.text}) must be shorter than the ${what}: every plan would replace the token`];
  };
  switch (spec.kind) {
    case 'vms': {
      const resource = new VmsApiToken(scope, id, {
        name: spec.name ?? options.defaultName,
        owner: spec.owner,
        expiry: spec.expiry?.text,
        renewBefore: renewBefore?.text,
        provider,
        lifecycle,
      });
      resource.overrideLogicalId(options.logicalId);
      const problems = () => [
        ...(spec.expiry?.problem === undefined ? [] : [`expiry: ${spec.expiry.problem}`]),
        ...(renewBefore !== undefined && spec.expiry === undefined ? ['a rotating VMS token needs an expiry (e.g. Expiry.days(90)): without one it never expires, so there is nothing to renew before'] : []),
        ...renewal(spec.expiry?.inSeconds, `token's expiry (${spec.expiry?.text})`),
        ...blank('name', spec.name),
        ...blank('owner', spec.owner),
      ];
      return { resource, id: resource.id, token: resource.token, problems };
    }
    case 'openshift': {
      const resource = new OpenshiftAuthorization(scope, id, {
        scopes: spec.scopes.map((s) => s.text),
        note: spec.note ?? options.defaultName,
        expiresIn: spec.expiresIn?.inSeconds,
        renewBefore: renewBefore?.text,
        provider,
        lifecycle,
      });
      resource.overrideLogicalId(options.logicalId);
      const problems = () => [
        ...(spec.scopes.length === 0 ? ['scopes: an authorization grants at least one scope, e.g. Scope.session()'] : []),
        ...spec.scopes.flatMap((s) => (s.problem === undefined ? [] : [`scopes: ${s.problem}`])),
        ...(spec.expiresIn?.problem === undefined ? [] : [`expiresIn: ${spec.expiresIn.problem}`]),
        ...(spec.expiresIn !== undefined && spec.expiresIn.problem === undefined && spec.expiresIn.inSeconds === undefined
          ? ['expiresIn: the broker takes whole seconds, known at synth: use Duration.hours(…), Duration.days(…) or a literal such as "24h"']
          : []),
        ...(spec.expiresIn?.inSeconds !== undefined && !Number.isInteger(spec.expiresIn.inSeconds) ? [`expiresIn (${spec.expiresIn.text}): the broker takes whole seconds`] : []),
        ...renewal(spec.expiresIn?.inSeconds, `token's lifetime (expiresIn ${spec.expiresIn?.text})`),
        ...((spec.note?.length ?? 0) > 4096 ? [`note: at most 4096 characters (it has ${spec.note!.length})`] : []),
      ];
      return { resource, id: resource.id, token: resource.token, problems };
    }
    case 'als': {
      const writeOnly = spec.secretVersion !== undefined;
      const resource = new AlsServiceAuthToken(scope, id, {
        label: spec.label ?? options.defaultName ?? '',
        serviceProvider: spec.serviceProvider,
        ...(writeOnly ? { tokenWo: spec.secret, tokenWoVersion: spec.secretVersion } : { token: spec.secret }),
        provider,
      });
      resource.overrideLogicalId(options.logicalId);
      const problems = () => [
        ...(spec.label === undefined && options.defaultName === undefined ? ['label: the service offering the token is for, e.g. "mysql"'] : blank('label', spec.label)),
        ...blank('serviceProvider', spec.serviceProvider),
        // A literal secret would be written in clear into cdk.tf.json.
        ...(unresolved(spec.secret) ? [] : ['secret: give a sensitive TerraformVariable or an ephemeral value (e.g. an ephemeral token), never a literal: a literal is written in clear into cdk.tf.json']),
        ...(writeOnly && !(Number.isSafeInteger(spec.secretVersion) && spec.secretVersion! > 0) ? [`secretVersion (${spec.secretVersion}): a whole number above zero, raised to send a new secret`] : []),
        // ALS tokens have no expiry: they are rotated by a new secret (secretVersion), in place.
        ...(renewBefore !== undefined ? ['renewBefore: an ALS service auth token never expires; rotate its secret by raising secretVersion'] : []),
      ];
      return { resource, id: resource.id, token: writeOnly ? undefined : resource.token, problems };
    }
    default: {
      const kind = (spec as { kind?: unknown }).kind;
      throw new Error(`${scope.node.path}/${id}: unknown token kind ${JSON.stringify(kind)}; one of ${KINDS.join(', ')}`);
    }
  }
}

function blank(what: string, value: string | undefined): string[] {
  return value !== undefined && !unresolved(value) && value.trim() === '' ? [`${what}: empty; leave it out for the default`] : [];
}
