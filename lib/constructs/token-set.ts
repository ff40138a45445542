// One token per consumer, from a map: `{ web: {...}, reports: {...} }` becomes one resource with for_each
// over that map (`authtoken_openshift_authorization.deploy["web"]`), as one would write it in HCL, so
// adding or removing a consumer touches only that consumer's token. With `renewBefore`, each token renews
// itself as a RotatingToken does. The tokens are one sensitive output, a map by consumer.
import { Construct } from 'constructs';
import { Fn, TerraformIterator, TerraformOutput, Token, type TerraformProvider } from 'cdktf';
import type { Duration } from './duration';
import { checkAtSynth } from './synth-check';
import { nameProblem, terraformName } from './terraform-name';
import { ARGUMENT_TYPES, tokenArguments, tokenResource, writeOnlySecret, type AlsTokenSpec, type OpenShiftTokenSpec, type TokenArguments, type TokenResourceClass, type TokenSpec, type VmsTokenSpec } from './token-spec';

type Member<S extends TokenSpec> = Omit<S, 'kind'>;

interface SetOptions {
  readonly provider?: TerraformProvider;
  /** Replace each token this long before it expires (VMS and OpenShift), new before old. */
  readonly renewBefore?: Duration;
  /** The output holding the tokens by consumer. Default: `<name>_tokens`, after the construct's path. */
  readonly outputName?: string;
}

export type VmsTokenSet = {
  readonly kind: 'vms';
  readonly tokens: Readonly<Record<string, Member<VmsTokenSpec>>>;
  /** Valid tokens the VMS allows each owner (its max_api_tokens_per_user). Default: 5. */
  readonly maxTokensPerOwner?: number;
} & SetOptions;
export type OpenShiftTokenSet = { readonly kind: 'openshift'; readonly tokens: Readonly<Record<string, Member<OpenShiftTokenSpec>>> } & SetOptions;
export type AlsTokenSet = { readonly kind: 'als'; readonly tokens: Readonly<Record<string, Member<AlsTokenSpec>>> } & Omit<SetOptions, 'renewBefore'>;
export type TokenSetProps = VmsTokenSet | OpenShiftTokenSet | AlsTokenSet;

const VMS_DEFAULT_LIMIT = 5;
/** Terraform's for_each keys become instance keys: any string works, but these read well everywhere. */
const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export class TokenSet extends Construct {
  /** The generated resource, with for_each over the consumers (`authtoken_vms_api_token.agents`). */
  readonly resource: TokenResourceClass;
  /** Each consumer's token id on its platform. */
  readonly tokenIds: Readonly<Record<string, string>>;
  /** Each consumer's token (sensitive); empty for ALS tokens with write-only secrets. */
  readonly tokens: Readonly<Record<string, string>>;
  /** The sensitive output of `tokens`, when there are any. */
  readonly output: TerraformOutput | undefined;

  constructor(scope: Construct, id: string, props: TokenSetProps) {
    super(scope, id);
    const renewBefore = (props as { renewBefore?: Duration }).renewBefore;
    const members = Object.entries(props.tokens as Record<string, Member<TokenSpec>>).map(([key, member]) => {
      try {
        return { key, t: tokenArguments({ ...member, kind: props.kind } as TokenSpec, props.kind === 'als' ? undefined : renewBefore, key) };
      } catch (error) {
        throw new Error(`${this.node.path}: ${(error as Error).message}`);
      }
    });
    // Every argument any consumer gives goes in the for_each map under its Terraform name, null where a
    // consumer leaves it out.
    const used = [...new Set(members.flatMap((m) => Object.keys(m.t.args).filter((k) => m.t.args[k] !== undefined)))];
    const perConsumer = Object.fromEntries(members.map((m) => [m.key, Object.fromEntries(used.map((k) => [snakeCase(k), m.t.args[k] ?? null]))]));
    const each = TerraformIterator.fromMap(perConsumer);
    const config: Record<string, unknown> = Object.fromEntries(used.map((k) => [k, read(each, k)]));
    // Secrets may be sensitive or ephemeral, which a for_each map may not hold: looked up by key instead.
    const writeOnly = members.some((m) => m.t.secret?.writeOnly === true);
    if (props.kind === 'als' && members.length > 0) {
      const byKey = Object.fromEntries(members.map((m) => [m.key, m.t.secret!.value]));
      const secret = Token.asString(Fn.lookup(byKey, each.key));
      config[writeOnly ? 'tokenWo' : 'token'] = writeOnly ? writeOnlySecret(secret) : secret;
    }
    const name = terraformName(this);
    const resource = tokenResource(this, 'Default', props.kind, config, { renewBefore: props.kind === 'als' ? undefined : renewBefore, provider: props.provider, forEach: each, logicalId: name });
    this.resource = resource;
    const instance = (key: string, attribute: string) => `\${${resource.fqn}[${JSON.stringify(key)}].${attribute}}`;
    this.tokenIds = Object.fromEntries(members.map((m) => [m.key, instance(m.key, 'id')]));
    this.tokens = writeOnly ? {} : Object.fromEntries(members.map((m) => [m.key, instance(m.key, 'token')]));
    const outputName = props.outputName ?? `${name}_tokens`;
    if (!writeOnly && members.length > 0) {
      this.output = new TerraformOutput(this, 'tokens', { value: `\${{ for key, t in ${resource.fqn} : key => t.token }}`, sensitive: true, description: 'The tokens, by consumer.' });
      this.output.overrideLogicalId(outputName);
    }
    checkAtSynth(this, () => [
      ...(members.length === 0 ? ['tokens: no consumer; give at least one, e.g. { ci: { … } }'] : []),
      ...members.flatMap((m) => [...m.t.problems, ...(KEY.test(m.key) ? [] : [`the consumer key ${JSON.stringify(m.key)} makes a poor instance key: use letters, digits, "_", "-" and "."`])].map((p) => `${m.key}: ${p}`)),
      ...(props.kind === 'als' && renewBefore !== undefined ? ['renewBefore: ALS service auth tokens never expire; rotate a secret by raising its secretVersion'] : []),
      ...(props.kind === 'als' && writeOnly && members.some((m) => !m.t.secret!.writeOnly) ? ['either every consumer gives a secretVersion (write-only secrets) or none does (stored secrets)'] : []),
      ...(props.kind === 'vms' ? ownerLimit(props, members, renewBefore !== undefined) : []),
      ...nameProblem(name, 'the construct path'),
      ...(this.output === undefined ? [] : nameProblem(outputName, 'outputName')),
    ]);
  }
}

/** `each.value.<argument>`, typed as the generated config wants it. */
function read(each: TerraformIterator, argument: string): unknown {
  const type = ARGUMENT_TYPES[argument];
  const key = snakeCase(argument);
  if (type === 'number') return each.getNumber(key);
  if (type === 'list') return each.getList(key);
  return each.getString(key);
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * The VMS refuses a token beyond its owner's limit. Rotating tokens need twice their number: tokens made
 * together expire together, and each new one exists before its old one is revoked.
 */
function ownerLimit(props: VmsTokenSet, members: readonly { t: TokenArguments }[], rotating: boolean): string[] {
  const limit = props.maxTokensPerOwner ?? VMS_DEFAULT_LIMIT;
  const perOwner = new Map<string, number>();
  for (const m of members) {
    const owner = (m.t.args['owner'] as string | undefined) ?? '';
    perOwner.set(owner, (perOwner.get(owner) ?? 0) + 1);
  }
  return [...perOwner].flatMap(([owner, count]) => {
    const needed = rotating ? 2 * count : count;
    if (needed <= limit) return [];
    const who = owner === '' ? 'the provider user' : `owner "${owner}"`;
    return [
      `${count} VMS API tokens for ${who}${rotating ? ` (${needed} while they rotate, new before old)` : ''} exceed the ${limit} valid tokens the VMS allows each owner (max_api_tokens_per_user): split them across owners, or give maxTokensPerOwner if the VMS allows more`,
    ];
  });
}
