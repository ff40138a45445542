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
import { createTokenResource, type AlsTokenSpec, type OpenShiftTokenSpec, type TokenResource, type VmsTokenSpec } from './token-spec';

interface RotationOptions {
  readonly provider?: TerraformProvider;
  /** The output holding the current token. Default: `<name>_token`, after the construct's path. */
  readonly outputName?: string;
}

export type RotatingVmsToken = VmsTokenSpec & { readonly expiry: Expiry; readonly renewBefore: Duration } & RotationOptions;
export type RotatingOpenShiftToken = OpenShiftTokenSpec & { readonly renewBefore: Duration } & RotationOptions;
export type RotatingAlsToken = AlsTokenSpec & RotationOptions;
export type RotatingTokenProps = RotatingVmsToken | RotatingOpenShiftToken | RotatingAlsToken;

export class RotatingToken extends Construct {
  /** The generated resource (`authtoken_<kind>…`), for anything this construct does not set. */
  readonly resource: TokenResource['resource'];
  /** The token's id on its platform (ALS: the guid). */
  readonly tokenId: string;
  /** The current token (sensitive). Undefined for an ALS token with a write-only secret: it is in no state. */
  readonly token: string | undefined;
  /** The sensitive output holding `token`, when there is one. */
  readonly output: TerraformOutput | undefined;

  constructor(scope: Construct, id: string, props: RotatingTokenProps) {
    super(scope, id);
    const renewBefore = props.kind === 'als' ? (props as { renewBefore?: Duration }).renewBefore : props.renewBefore;
    const name = terraformName(this);
    const built = createTokenResource(this, 'Default', props, { renewBefore, provider: props.provider, logicalId: name });
    this.resource = built.resource;
    this.tokenId = built.id;
    this.token = built.token;
    const outputName = props.outputName ?? `${name}_token`;
    if (built.token !== undefined) {
      this.output = new TerraformOutput(this, 'token', { value: built.token, sensitive: true, description: `The current ${describe(props.kind)} (rotated by Terraform).` });
      this.output.overrideLogicalId(outputName);
    }
    checkAtSynth(this, () => [
      ...(props.kind !== 'als' && props.renewBefore === undefined ? ['renewBefore is required: how long before expiry the token is replaced, e.g. Duration.days(7)'] : []),
      ...built.problems(),
      ...nameProblem(name, 'the construct path'),
      ...(built.token === undefined ? [] : nameProblem(outputName, 'outputName')),
    ]);
  }
}

function describe(kind: RotatingTokenProps['kind']): string {
  return { vms: 'VMS API token', openshift: 'OpenShift authorization token', als: 'ALS service auth token secret' }[kind];
}
