// One token that renews itself: a plan made within `renewBefore` of its expiry replaces it, the new token
// created before the old one is revoked (create_before_destroy), and the current token is a sensitive
// output. For VMS API tokens and OpenShift authorizations, which expire; an ALS service auth token never
// expires, and is rotated by a new secret (raise `secretVersion`), in place.
import { Construct } from 'constructs';
import { TerraformOutput, type TerraformProvider } from 'cdktf';
import type { Duration } from './duration';
import type { Expiry } from './expiry';
import { checkAtSynth } from './synth-check';
import { nameProblem, terraformName } from './terraform-name';
import { resourceConfig, tokenArguments, tokenResource, type AlsTokenSpec, type OpenShiftTokenSpec, type TokenResourceClass, type VmsTokenSpec } from './token-spec';

interface RotationOptions {
  readonly provider?: TerraformProvider;
  /** The output holding the current token. Default: `<name>_token`, after the construct's path. */
  readonly outputName?: string;
}

export type RotatingVmsToken = VmsTokenSpec & { readonly expiry: Expiry; readonly renewBefore: Duration } & RotationOptions;
export type RotatingOpenShiftToken = OpenShiftTokenSpec & { readonly renewBefore: Duration } & RotationOptions;
export type RotatingAlsToken = AlsTokenSpec & RotationOptions;
export type RotatingTokenProps = RotatingVmsToken | RotatingOpenShiftToken | RotatingAlsToken;

const WHAT = { vms: 'VMS API token', openshift: 'OpenShift authorization token', als: 'ALS service auth token secret' } as const;

export class RotatingToken extends Construct {
  /** The generated resource, named after this construct's path (`authtoken_vms_api_token.ci`). */
  readonly resource: TokenResourceClass;
  /** The token's id on its platform (ALS: the guid). */
  readonly tokenId: string;
  /** The current token (sensitive). Undefined for an ALS token with a write-only secret: it is in no state. */
  readonly token: string | undefined;
  /** When the current token expires (RFC 3339); undefined for ALS tokens, which never do. */
  readonly expiresAt: string | undefined;
  /** The sensitive output holding `token`, when there is one. */
  readonly output: TerraformOutput | undefined;

  constructor(scope: Construct, id: string, props: RotatingTokenProps) {
    super(scope, id);
    const renewBefore = (props as { renewBefore?: Duration }).renewBefore;
    let args;
    try {
      args = tokenArguments(props, renewBefore);
    } catch (error) {
      throw new Error(`${this.node.path}: ${(error as Error).message}`);
    }
    const name = terraformName(this);
    // 'Default' is the id cdktf leaves out of paths: the resource is this construct, for Terraform too.
    const resource = tokenResource(this, 'Default', props.kind, resourceConfig(args), { renewBefore, provider: props.provider, logicalId: name });
    this.resource = resource;
    this.tokenId = resource.id;
    this.token = args.secret?.writeOnly ? undefined : resource.token;
    this.expiresAt = 'expiresAt' in resource ? resource.expiresAt : undefined;
    const outputName = props.outputName ?? `${name}_token`;
    if (this.token !== undefined) {
      this.output = new TerraformOutput(this, 'token', { value: this.token, sensitive: true, description: `The current ${WHAT[props.kind]}.` });
      this.output.overrideLogicalId(outputName);
    }
    checkAtSynth(this, () => [
      ...(props.kind !== 'als' && renewBefore === undefined ? ['renewBefore is required: how long before expiry the token is replaced, e.g. Duration.days(7)'] : []),
      ...args.problems,
      ...nameProblem(name, 'the construct path'),
      ...(this.output === undefined ? [] : nameProblem(outputName, 'outputName')),
    ]);
  }
}
