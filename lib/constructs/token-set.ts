// One token per consumer, from a map: `{ web: {...}, api: {...} }` becomes one token each, named after its
// key (`authtoken_openshift_authorization.deploy_web`), so adding or removing a consumer touches only that
// consumer's token. With `renewBefore`, each renews itself as a RotatingToken does. The tokens are one
// sensitive output, a map by consumer.
import { Construct } from 'constructs';
import { TerraformOutput, type TerraformProvider } from 'cdktf';
import type { Duration } from './duration';
import { checkAtSynth } from './synth-check';
import { nameProblem, terraformName } from './terraform-name';
import { createTokenResource, type AlsTokenSpec, type OpenShiftTokenSpec, type TokenResource, type TokenSpec, type VmsTokenSpec } from './token-spec';

type Member<S extends TokenSpec> = Omit<S, 'kind'>;

interface SetOptions {
  readonly provider?: TerraformProvider;
  /** Replace each token this long before it expires (VMS and OpenShift), new before old. */
  readonly renewBefore?: Duration;
  /** The output holding the tokens by consumer. Default: `<name>_tokens`, after the construct's path. */
  readonly outputName?: string;
}

export type VmsTokenSet = { readonly kind: 'vms'; readonly tokens: Readonly<Record<string, Member<VmsTokenSpec>>>; /** Valid tokens the VMS allows each owner (its max_api_tokens_per_user). Default: 5. */ readonly maxTokensPerOwner?: number } & SetOptions;
export type OpenShiftTokenSet = { readonly kind: 'openshift'; readonly tokens: Readonly<Record<string, Member<OpenShiftTokenSpec>>> } & SetOptions;
export type AlsTokenSet = { readonly kind: 'als'; readonly tokens: Readonly<Record<string, Member<AlsTokenSpec>>> } & Omit<SetOptions, 'renewBefore'>;
export type TokenSetProps = VmsTokenSet | OpenShiftTokenSet | AlsTokenSet;

const VMS_DEFAULT_LIMIT = 5;

export class TokenSet extends Construct {
  /** The generated resource of each consumer. */
  readonly resources: Readonly<Record<string, TokenResource['resource']>>;
  /** Each consumer's token id on its platform. */
  readonly tokenIds: Readonly<Record<string, string>>;
  /** Each consumer's token (sensitive); empty for ALS tokens with write-only secrets. */
  readonly tokens: Readonly<Record<string, string>>;
  /** The sensitive output of `tokens`, when there are any. */
  readonly output: TerraformOutput | undefined;

  constructor(scope: Construct, id: string, props: TokenSetProps) {
    super(scope, id);
    const renewBefore = props.kind === 'als' ? undefined : props.renewBefore;
    const members = Object.entries(props.tokens as Record<string, Member<TokenSpec>>).map(([key, member]) => {
      const holder = new Construct(this, key);
      const built = createTokenResource(holder, 'Default', { ...member, kind: props.kind } as TokenSpec, { renewBefore, provider: props.provider, defaultName: key, logicalId: terraformName(holder) });
      return { key, holder, built };
    });
    this.resources = Object.fromEntries(members.map((m) => [m.key, m.built.resource]));
    this.tokenIds = Object.fromEntries(members.map((m) => [m.key, m.built.id]));
    this.tokens = Object.fromEntries(members.flatMap((m) => (m.built.token === undefined ? [] : [[m.key, m.built.token]])));
    const name = terraformName(this);
    const outputName = props.outputName ?? `${name}_tokens`;
    if (Object.keys(this.tokens).length > 0) {
      this.output = new TerraformOutput(this, 'tokens', { value: this.tokens, sensitive: true, description: 'The tokens, by consumer.' });
      this.output.overrideLogicalId(outputName);
    }
    // Each consumer's problems are reported on its own construct (`<set>/<consumer>`).
    for (const m of members) checkAtSynth(m.holder, () => [...m.built.problems(), ...nameProblem(m.key, 'the consumer key')]);
    checkAtSynth(this, () => [
      ...(members.length === 0 ? ['tokens: no consumer; give at least one, e.g. { ci: { … } }'] : []),
      ...(props.kind === 'als' && (props as { renewBefore?: Duration }).renewBefore !== undefined ? ['renewBefore: ALS service auth tokens never expire; rotate a secret by raising its secretVersion'] : []),
      ...(props.kind === 'vms' ? ownerLimit(props, renewBefore !== undefined) : []),
      ...nameProblem(name, 'the construct path'),
      ...(this.output === undefined ? [] : nameProblem(outputName, 'outputName')),
    ]);
  }
}

/**
 * The VMS refuses a token beyond its owner's limit. Rotating tokens need twice their number: tokens made
 * together expire together, and each new one exists before its old one is revoked.
 */
function ownerLimit(props: VmsTokenSet, rotating: boolean): string[] {
  const limit = props.maxTokensPerOwner ?? VMS_DEFAULT_LIMIT;
  const perOwner = new Map<string, number>();
  for (const t of Object.values(props.tokens)) perOwner.set(t.owner ?? '', (perOwner.get(t.owner ?? '') ?? 0) + 1);
  return [...perOwner].flatMap(([owner, count]) => {
    const needed = rotating ? 2 * count : count;
    if (needed <= limit) return [];
    const who = owner === '' ? 'the provider user' : `owner "${owner}"`;
    return [
      `${count} VMS API tokens for ${who}${rotating ? ` (${needed} while they rotate, new before old)` : ''} exceed the ${limit} valid tokens the VMS allows each owner (max_api_tokens_per_user): split them across owners, or give maxTokensPerOwner if the VMS allows more`,
    ];
  });
}
