// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token
// generated from the ephemeral resource schema by scripts/gen/ephemeral-bindings.ts

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { TerraformEphemeralResource, type TerraformEphemeralMetaArguments } from '../../core/terraform-ephemeral-resource';

export interface EphemeralAuthtokenVmsApiTokenConfig extends TerraformEphemeralMetaArguments {
  /**
  * The token's name. Default: `<owner>_api_token`, as the VMS names it.
  *
  * Docs: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token#name EphemeralAuthtokenVmsApiToken#name}
  */
  readonly name?: string;
  /**
  * The VMS manager the token belongs to and whose permissions it carries. Default: the user the provider authenticates as.
  *
  * Docs: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token#owner EphemeralAuthtokenVmsApiToken#owner}
  */
  readonly owner?: string;
  /**
  * How long the token stays valid if Terraform never closes it (a run that crashes): a whole number and one unit letter (Y M w W d D h H m s S), counted from creation, e.g. `1h`. While the run lasts, whenever a third of it is left, the provider moves the expiry on to a whole window from the VMS's now (which takes the Security realm's Edit permission). Unset, the VMS default applies (the password expiration timeout, or never).
  *
  * Docs: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token#expiry EphemeralAuthtokenVmsApiToken#expiry}
  */
  readonly expiry?: string;
}

/**
* Represents the ephemeral {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token authtoken_vms_api_token}: opened for one run, never in state.
*/
export class EphemeralAuthtokenVmsApiToken extends TerraformEphemeralResource {
  public static readonly tfResourceType = 'authtoken_vms_api_token';

  public constructor(scope: Construct, id: string, config: EphemeralAuthtokenVmsApiTokenConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'authtoken_vms_api_token',
      terraformGeneratorMetadata: { providerName: 'authtoken', providerVersion: '0.1.0' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach,
    });
    this._name = config.name;
    this._owner = config.owner;
    this._expiry = config.expiry;
  }

  // name: optional, computed
  private _name?: string;
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  /** The value given in the configuration (not a reference). */
  public get nameInput() {
    return this._name;
  }

  // owner: optional, computed
  private _owner?: string;
  public get owner() {
    return this.getStringAttribute('owner');
  }
  public set owner(value: string) {
    this._owner = value;
  }
  public resetOwner() {
    this._owner = undefined;
  }
  /** The value given in the configuration (not a reference). */
  public get ownerInput() {
    return this._owner;
  }

  // expiry: optional, computed
  private _expiry?: string;
  public get expiry() {
    return this.getStringAttribute('expiry');
  }
  public set expiry(value: string) {
    this._expiry = value;
  }
  public resetExpiry() {
    this._expiry = undefined;
  }
  /** The value given in the configuration (not a reference). */
  public get expiryInput() {
    return this._expiry;
  }

  // id: computed
  public get id() {
    return this.getStringAttribute('id');
  }

  // token: computed, sensitive
  public get token() {
    return this.getStringAttribute('token');
  }

  // created: computed
  public get created() {
    return this.getStringAttribute('created');
  }

  // expires_at: computed
  public get expiresAt() {
    return this.getStringAttribute('expires_at');
  }

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      name: cdktf.stringToTerraform(this._name),
      owner: cdktf.stringToTerraform(this._owner),
      expiry: cdktf.stringToTerraform(this._expiry),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      name: { value: cdktf.stringToHclTerraform(this._name), isBlock: false, type: 'simple', storageClassType: 'string' },
      owner: { value: cdktf.stringToHclTerraform(this._owner), isBlock: false, type: 'simple', storageClassType: 'string' },
      expiry: { value: cdktf.stringToHclTerraform(this._expiry), isBlock: false, type: 'simple', storageClassType: 'string' },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, a]) => a.value !== undefined));
  }
}
