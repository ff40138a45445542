// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface EphemeralAuthtokenOpenshiftAuthorizationConfig extends cdktn.TerraformEphemeralMetaArguments {
  /**
  * What the token grants, one scope per element: `session` (everything the user can do, including managing authorizations), `read` (read-only, authorizations hidden), `userinfo` (the user's own record only), `domain/<id>/view|edit|admin` and `application/<id>/view|edit|admin` (one domain or application, by its 24-hex id). Checked at plan against the broker's scope grammar.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization#scopes EphemeralAuthtokenOpenshiftAuthorization#scopes}
  */
  readonly scopes: string[];
  /**
  * A note to remind you what the token is for, at most 4096 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization#note EphemeralAuthtokenOpenshiftAuthorization#note}
  */
  readonly note?: string;
  /**
  * The token's lifetime in seconds, counted from its creation. Without it, the scope set's default (as the broker advertises in `authtoken_openshift_scopes`). At most the scope set's maximum: the broker gives a longer request its default instead, so the provider refuses one at plan. The broker publishes only defaults; the maximum the provider checks is that of broker.conf as shipped (session 7 days, other scopes 6 months), or the advertised default when longer. A broker configured with a lower maximum is caught after the create, which is then undone.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization#expires_in EphemeralAuthtokenOpenshiftAuthorization#expires_in}
  */
  readonly expiresIn?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization authtoken_openshift_authorization}
*/
export class EphemeralAuthtokenOpenshiftAuthorization extends cdktn.TerraformEphemeralResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_openshift_authorization";

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization authtoken_openshift_authorization} Ephemeral Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options EphemeralAuthtokenOpenshiftAuthorizationConfig
  */
  public constructor(scope: Construct, id: string, config: EphemeralAuthtokenOpenshiftAuthorizationConfig) {
    super(scope, id, {
      terraformResourceType: 'authtoken_openshift_authorization',
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
    this._scopes = config.scopes;
    this._note = config.note;
    this._expiresIn = config.expiresIn;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // scopes - computed: false, optional: false, required: true
  private _scopes?: string[]; 
  public get scopes() {
    return cdktn.Fn.tolist(this.getListAttribute('scopes'));
  }
  public set scopes(value: string[]) {
    this._scopes = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scopesInput() {
    return this._scopes;
  }

  // note - computed: false, optional: true, required: false
  private _note?: string; 
  public get note() {
    return this.getStringAttribute('note');
  }
  public set note(value: string) {
    this._note = value;
  }
  public resetNote() {
    this._note = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noteInput() {
    return this._note;
  }

  // expires_in - computed: true, optional: true, required: false
  private _expiresIn?: number; 
  public get expiresIn() {
    return this.getNumberAttribute('expires_in');
  }
  public set expiresIn(value: number) {
    this._expiresIn = value;
  }
  public resetExpiresIn() {
    this._expiresIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expiresInInput() {
    return this._expiresIn;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // token - computed: true, optional: false, required: false
  public get token() {
    return this.getStringAttribute('token');
  }

  // identity - computed: true, optional: false, required: false
  public get identity() {
    return this.getStringAttribute('identity');
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
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
      scopes: cdktn.listMapper(cdktn.stringToTerraform, false)(this._scopes),
      note: cdktn.stringToTerraform(this._note),
      expires_in: cdktn.numberToTerraform(this._expiresIn),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      scopes: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._scopes),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      note: {
        value: cdktn.stringToHclTerraform(this._note),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      expires_in: {
        value: cdktn.numberToHclTerraform(this._expiresIn),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
