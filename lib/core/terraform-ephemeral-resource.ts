// An `ephemeral` block (Terraform >= 1.10): opened for one run, closed at its end, never in state or a
// plan file. cdktf 0.21 has no such element (its generator drops ephemeral resources), so the generated
// ephemeral bindings in lib/ephemeral/ extend this class; it synthesizes like a data source, under
// `ephemeral` instead of `data`, and its attributes are referenced as `ephemeral.<type>.<name>.<attr>`.
import type { Construct } from 'constructs';
import {
  Token,
  TerraformElement,
  dependable,
  lifecycleToTerraform,
  ref,
  TerraformCount,
  type IInterpolatingParent,
  type IResolvable,
  type ITerraformDependable,
  type ITerraformIterator,
  type Postcondition,
  type Precondition,
  type TerraformProvider,
  type TerraformProviderGeneratorMetadata,
} from 'cdktf';
// cdktf does not export these from its index; the package has no exports map and 0.21.0 is its last
// release, so the helpers its own data sources use are the surest way to synthesize exactly like them.
import { deepMerge, keysToSnakeCase, processDynamicAttributes, processDynamicAttributesForHcl } from 'cdktf/lib/util';

/** Terraform accepts only conditions in an ephemeral block's lifecycle: there is no state to protect. */
export interface TerraformEphemeralResourceLifecycle {
  readonly precondition?: Precondition[];
  readonly postcondition?: Postcondition[];
}

/** The meta-arguments of an ephemeral block (no provisioners or connection, unlike resources). */
export interface TerraformEphemeralMetaArguments {
  readonly dependsOn?: ITerraformDependable[];
  readonly count?: number | TerraformCount;
  readonly provider?: TerraformProvider;
  readonly lifecycle?: TerraformEphemeralResourceLifecycle;
  readonly forEach?: ITerraformIterator;
}

export interface TerraformEphemeralResourceConfig extends TerraformEphemeralMetaArguments {
  readonly terraformResourceType: string;
  readonly terraformGeneratorMetadata?: TerraformProviderGeneratorMetadata;
}

const EPHEMERAL_SYMBOL = Symbol.for('terraform-provider-authtoken/TerraformEphemeralResource');

export class TerraformEphemeralResource extends TerraformElement implements ITerraformDependable, IInterpolatingParent {
  readonly terraformResourceType: string;
  readonly terraformGeneratorMetadata?: TerraformProviderGeneratorMetadata;
  dependsOn?: string[];
  count?: number | TerraformCount;
  provider?: TerraformProvider;
  lifecycle?: TerraformEphemeralResourceLifecycle;
  forEach?: ITerraformIterator;

  constructor(scope: Construct, id: string, config: TerraformEphemeralResourceConfig) {
    super(scope, id, `ephemeral.${config.terraformResourceType}`);
    Object.defineProperty(this, EPHEMERAL_SYMBOL, { value: true });
    this.terraformResourceType = config.terraformResourceType;
    this.terraformGeneratorMetadata = config.terraformGeneratorMetadata;
    this.dependsOn = config.dependsOn?.map((d) => dependable(d));
    this.count = config.count;
    this.provider = config.provider;
    this.lifecycle = config.lifecycle;
    this.forEach = config.forEach;
  }

  static isTerraformEphemeralResource(x: unknown): x is TerraformEphemeralResource {
    return x !== null && typeof x === 'object' && EPHEMERAL_SYMBOL in x;
  }

  getStringAttribute(terraformAttribute: string): string {
    return Token.asString(this.interpolationForAttribute(terraformAttribute));
  }

  getNumberAttribute(terraformAttribute: string): number {
    return Token.asNumber(this.interpolationForAttribute(terraformAttribute));
  }

  getListAttribute(terraformAttribute: string): string[] {
    return Token.asList(this.interpolationForAttribute(terraformAttribute));
  }

  getBooleanAttribute(terraformAttribute: string): IResolvable {
    return this.interpolationForAttribute(terraformAttribute);
  }

  getNumberListAttribute(terraformAttribute: string): number[] {
    return Token.asNumberList(this.interpolationForAttribute(terraformAttribute));
  }

  getStringMapAttribute(terraformAttribute: string): { [key: string]: string } {
    return Token.asStringMap(this.interpolationForAttribute(terraformAttribute));
  }

  getNumberMapAttribute(terraformAttribute: string): { [key: string]: number } {
    return Token.asNumberMap(this.interpolationForAttribute(terraformAttribute));
  }

  getBooleanMapAttribute(terraformAttribute: string): { [key: string]: boolean } {
    return Token.asBooleanMap(this.interpolationForAttribute(terraformAttribute));
  }

  getAnyMapAttribute(terraformAttribute: string): { [key: string]: unknown } {
    return Token.asAnyMap(this.interpolationForAttribute(terraformAttribute));
  }

  interpolationForAttribute(terraformAttribute: string): IResolvable {
    return ref(`ephemeral.${this.terraformResourceType}.${this.friendlyUniqueId}${this.forEach ? '.*' : ''}.${terraformAttribute}`, this.cdktfStack);
  }

  get terraformMetaArguments(): { [name: string]: unknown } {
    if (this.forEach !== undefined && this.count !== undefined) {
      throw new Error(`forEach and count are both set on the ephemeral resource at ${this.node.path}; use one of them`);
    }
    return {
      dependsOn: this.dependsOn,
      count: TerraformCount.isTerraformCount(this.count) ? this.count.toTerraform() : this.count,
      provider: this.provider?.fqn,
      lifecycle: lifecycleToTerraform(this.lifecycle),
      forEach: this.forEach?._getForEachExpression(),
    };
  }

  /** The configuration arguments, by Terraform name; generated subclasses fill it in. */
  protected synthesizeAttributes(): { [name: string]: unknown } {
    return {};
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return {};
  }

  override toTerraform(): unknown {
    const attributes = deepMerge(processDynamicAttributes(this.synthesizeAttributes()), keysToSnakeCase(this.terraformMetaArguments), this.rawOverrides);
    attributes['//'] = this.constructNodeMetadata;
    return { ephemeral: { [this.terraformResourceType]: { [this.friendlyUniqueId]: attributes } } };
  }

  override toHclTerraform(): unknown {
    const attributes = deepMerge(processDynamicAttributesForHcl(this.synthesizeHclAttributes()), keysToSnakeCase(this.terraformMetaArguments), this.rawOverrides);
    attributes['//'] = this.constructNodeMetadata;
    return { ephemeral: { [this.terraformResourceType]: { [this.friendlyUniqueId]: attributes } } };
  }
}
