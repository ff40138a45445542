// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/vms_api_token
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface VmsApiTokenConfig extends cdktn.TerraformMetaArguments {
  /**
  * The token's name. Default: `<owner>_api_token`, as the VMS names it; removed from the configuration later, the token keeps its name. Changed in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/vms_api_token#name VmsApiToken#name}
  */
  readonly name?: string;
  /**
  * The VMS manager the token belongs to; the token carries its owner's permissions. Default: the user the provider authenticates as. Creating a token for another owner needs the Create permission of the Security realm. Changing it creates a new token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/vms_api_token#owner VmsApiToken#owner}
  */
  readonly owner?: string;
  /**
  * How long the token is valid, counted from its creation (also when changed later): a whole number and one unit letter, Y (year, 365 days), M (month, 30 days), w or W (week), d or D (day), h or H (hour), m (minute), s or S (second), e.g. `180D`. Unset, the VMS default applies (the password expiration timeout, or never when that is disabled) and is shown here; the same timeout is also the maximum. Changed in place; a change that would leave the token already expired creates a new token instead. The VMS does not record how the expiry was written: import shows the lifetime in its largest whole unit (30 days as `1M`), and a configuration that writes the same length differently is no change.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/vms_api_token#expiry VmsApiToken#expiry}
  */
  readonly expiry?: string;
  /**
  * A duration in Go syntax (`"72h"`, `"30m"`). A plan made when the token expires within it replaces the token (with lifecycle { create_before_destroy = true }, the new token exists before the old one is revoked, so the owner needs a free token slot meanwhile). Without it, plans warn when less than a tenth of the token's lifetime is left. Expiry is judged by the VMS's clock, as it stood when the plan refreshed the token (so not with -refresh=false).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/vms_api_token#renew_before VmsApiToken#renew_before}
  */
  readonly renewBefore?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/vms_api_token authtoken_vms_api_token}
*/
export class VmsApiToken extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_vms_api_token";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a VmsApiToken resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VmsApiToken to import
  * @param importFromId The id of the existing VmsApiToken that should be imported. Refer to the {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/vms_api_token#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VmsApiToken to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "authtoken_vms_api_token", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/vms_api_token authtoken_vms_api_token} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VmsApiTokenConfig = {}
  */
  public constructor(scope: Construct, id: string, config: VmsApiTokenConfig = {}) {
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
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._name = config.name;
    this._owner = config.owner;
    this._expiry = config.expiry;
    this._renewBefore = config.renewBefore;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

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

  // renew_before - computed: false, optional: true, required: false
  private _renewBefore?: string; 
  public get renewBefore() {
    return this.getStringAttribute('renew_before');
  }
  public set renewBefore(value: string) {
    this._renewBefore = value;
  }
  public resetRenewBefore() {
    this._renewBefore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get renewBeforeInput() {
    return this._renewBefore;
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
      renew_before: cdktn.stringToTerraform(this._renewBefore),
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
      renew_before: {
        value: cdktn.stringToHclTerraform(this._renewBefore),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
