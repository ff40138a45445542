// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface AlsServiceAuthTokenConfig extends cdktn.TerraformMetaArguments {
  /**
  * The label of the service offering the token is for, e.g. `mysql`. Unique together with `service_provider`. Changed in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token#label AlsServiceAuthToken#label}
  */
  readonly label: string;
  /**
  * The provider of the service offering (the Cloud Controller's `provider` field; `provider` is a reserved word in Terraform). Defaults to `core`, as the helion CLI does. Changed in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token#service_provider AlsServiceAuthToken#service_provider}
  */
  readonly serviceProvider?: string;
  /**
  * The secret the service gateway presents. Stored in the Terraform state; use `token_wo` to keep it out. Exactly one of `token` and `token_wo` is set. The Cloud Controller never returns it, so it is never drift, and it is null after import until the next apply sets it. Changed in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token#token AlsServiceAuthToken#token}
  */
  readonly token?: string;
  /**
  * The secret, write-only: sent to the Cloud Controller but never stored in the state or the plan (Terraform 1.11 or later). Exactly one of `token` and `token_wo` is set. Terraform cannot see it change: change `token_wo_version` to send a new one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token#token_wo AlsServiceAuthToken#token_wo}
  */
  readonly tokenWo?: string;
  /**
  * Any number that changes whenever `token_wo` does: a change sends the new `token_wo` to the Cloud Controller (in place). Required with `token_wo`. Null after import, so the first apply afterwards sends `token_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token#token_wo_version AlsServiceAuthToken#token_wo_version}
  */
  readonly tokenWoVersion?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token authtoken_als_service_auth_token}
*/
export class AlsServiceAuthToken extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_als_service_auth_token";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a AlsServiceAuthToken resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AlsServiceAuthToken to import
  * @param importFromId The id of the existing AlsServiceAuthToken that should be imported. Refer to the {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AlsServiceAuthToken to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "authtoken_als_service_auth_token", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/als_service_auth_token authtoken_als_service_auth_token} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AlsServiceAuthTokenConfig
  */
  public constructor(scope: Construct, id: string, config: AlsServiceAuthTokenConfig) {
    super(scope, id, {
      terraformResourceType: 'authtoken_als_service_auth_token',
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
    this._label = config.label;
    this._serviceProvider = config.serviceProvider;
    this._token = config.token;
    this._tokenWo = config.tokenWo;
    this._tokenWoVersion = config.tokenWoVersion;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // label - computed: false, optional: false, required: true
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // service_provider - computed: true, optional: true, required: false
  private _serviceProvider?: string; 
  public get serviceProvider() {
    return this.getStringAttribute('service_provider');
  }
  public set serviceProvider(value: string) {
    this._serviceProvider = value;
  }
  public resetServiceProvider() {
    this._serviceProvider = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceProviderInput() {
    return this._serviceProvider;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this.getStringAttribute('token');
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // token_wo - computed: false, optional: true, required: false
  private _tokenWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get tokenWo() {
    return this.getStringAttribute('token_wo');
  }
  public set tokenWo(value: string) {
    this._tokenWo = value;
  }
  public resetTokenWo() {
    this._tokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoInput() {
    return this._tokenWo;
  }

  // token_wo_version - computed: false, optional: true, required: false
  private _tokenWoVersion?: number; 
  public get tokenWoVersion() {
    return this.getNumberAttribute('token_wo_version');
  }
  public set tokenWoVersion(value: number) {
    this._tokenWoVersion = value;
  }
  public resetTokenWoVersion() {
    this._tokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoVersionInput() {
    return this._tokenWoVersion;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      label: cdktn.stringToTerraform(this._label),
      service_provider: cdktn.stringToTerraform(this._serviceProvider),
      token: cdktn.stringToTerraform(this._token),
      token_wo: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._tokenWo)),
      token_wo_version: cdktn.numberToTerraform(this._tokenWoVersion),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      label: {
        value: cdktn.stringToHclTerraform(this._label),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_provider: {
        value: cdktn.stringToHclTerraform(this._serviceProvider),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token: {
        value: cdktn.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token_wo: {
        value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._tokenWo)),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token_wo_version: {
        value: cdktn.numberToHclTerraform(this._tokenWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
