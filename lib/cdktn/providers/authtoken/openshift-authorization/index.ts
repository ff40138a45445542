// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/openshift_authorization
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface OpenshiftAuthorizationConfig extends cdktn.TerraformMetaArguments {
  /**
  * What the token grants, one scope per element: `session` (everything the user can do, including managing authorizations), `read` (read-only, authorizations hidden), `userinfo` (the user's own record only), `domain/<id>/view|edit|admin` and `application/<id>/view|edit|admin` (one domain or application, by its 24-hex id). Checked at plan against the broker's scope grammar.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/openshift_authorization#scopes OpenshiftAuthorization#scopes}
  */
  readonly scopes: string[];
  /**
  * A note to remind you what the token is for, at most 4096 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/openshift_authorization#note OpenshiftAuthorization#note}
  */
  readonly note?: string;
  /**
  * The token's lifetime in seconds, counted from its creation. Without it, the scope set's default (as the broker advertises in `authtoken_openshift_scopes`). At most the scope set's maximum: the broker gives a longer request its default instead, so the provider refuses one at plan. The broker publishes only defaults; the maximum the provider checks is that of broker.conf as shipped (session 7 days, other scopes 6 months), or the advertised default when longer. A broker configured with a lower maximum is caught after the create, which is then undone.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/openshift_authorization#expires_in OpenshiftAuthorization#expires_in}
  */
  readonly expiresIn?: number;
  /**
  * A duration such as "72h" or "30m" (Go syntax): a plan made when the token expires within it replaces the token, and says so in a warning. Without it, a plan warns when less than a tenth of the token's lifetime is left. Times are the broker's, as of the last refresh.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/openshift_authorization#renew_before OpenshiftAuthorization#renew_before}
  */
  readonly renewBefore?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/openshift_authorization authtoken_openshift_authorization}
*/
export class OpenshiftAuthorization extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_openshift_authorization";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a OpenshiftAuthorization resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the OpenshiftAuthorization to import
  * @param importFromId The id of the existing OpenshiftAuthorization that should be imported. Refer to the {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/openshift_authorization#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the OpenshiftAuthorization to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "authtoken_openshift_authorization", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/resources/openshift_authorization authtoken_openshift_authorization} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options OpenshiftAuthorizationConfig
  */
  public constructor(scope: Construct, id: string, config: OpenshiftAuthorizationConfig) {
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
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._scopes = config.scopes;
    this._note = config.note;
    this._expiresIn = config.expiresIn;
    this._renewBefore = config.renewBefore;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

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
      renew_before: cdktn.stringToTerraform(this._renewBefore),
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
