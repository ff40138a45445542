// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface EphemeralAuthtokenVmsApiTokenConfig extends cdktn.TerraformEphemeralMetaArguments {
  /**
  * The token's name. Default: `<owner>_api_token`, as the VMS names it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token#name EphemeralAuthtokenVmsApiToken#name}
  */
  readonly name?: string;
  /**
  * The VMS manager the token belongs to and whose permissions it carries. Default: the user the provider authenticates as.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token#owner EphemeralAuthtokenVmsApiToken#owner}
  */
  readonly owner?: string;
  /**
  * How long the token stays valid if Terraform never closes it (a run that crashes): a whole number and one unit letter (Y M w W d D h H m s S), counted from creation, e.g. `1h`. While the run lasts, whenever a third of it is left, the provider moves the expiry on to a whole window from the VMS's now (which takes the Security realm's Edit permission). Unset, the VMS default applies (the password expiration timeout, or never).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token#expiry EphemeralAuthtokenVmsApiToken#expiry}
  */
  readonly expiry?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token authtoken_vms_api_token}
*/
export class EphemeralAuthtokenVmsApiToken extends cdktn.TerraformEphemeralResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_vms_api_token";

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/vms_api_token authtoken_vms_api_token} Ephemeral Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options EphemeralAuthtokenVmsApiTokenConfig = {}
  */
  public constructor(scope: Construct, id: string, config: EphemeralAuthtokenVmsApiTokenConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'authtoken_vms_api_token',
      terraformGeneratorMetadata: {
        providerName: 'authtoken',
        providerVersion: '0.1.0',
        providerVersionConstraint: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach
    });
    this._name = config.name;
    this._owner = config.owner;
    this._expiry = config.expiry;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // name - computed: true, optional: true, required: false
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
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // owner - computed: true, optional: true, required: false
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
  // Temporarily expose input value. Use with caution.
  public get ownerInput() {
    return this._owner;
  }

  // expiry - computed: true, optional: true, required: false
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
  // Temporarily expose input value. Use with caution.
  public get expiryInput() {
    return this._expiry;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // token - computed: true, optional: false, required: false
  public get token() {
    return this.getStringAttribute('token');
  }

  // created - computed: true, optional: false, required: false
  public get created() {
    return this.getStringAttribute('created');
  }

  // expires_at - computed: true, optional: false, required: false
  public get expiresAt() {
    return this.getStringAttribute('expires_at');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      name: cdktn.stringToTerraform(this._name),
      owner: cdktn.stringToTerraform(this._owner),
      expiry: cdktn.stringToTerraform(this._expiry),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      owner: {
        value: cdktn.stringToHclTerraform(this._owner),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      expiry: {
        value: cdktn.stringToHclTerraform(this._expiry),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
