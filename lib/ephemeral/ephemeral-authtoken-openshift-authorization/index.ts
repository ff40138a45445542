// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization
// generated from the ephemeral resource schema by scripts/gen/ephemeral-bindings.ts

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { TerraformEphemeralResource, type TerraformEphemeralMetaArguments } from '../../core/terraform-ephemeral-resource';

export interface EphemeralAuthtokenOpenshiftAuthorizationConfig extends TerraformEphemeralMetaArguments {
  /**
  * What the token grants, one scope per element: `session` (everything the user can do, including managing authorizations), `read` (read-only, authorizations hidden), `userinfo` (the user's own record only), `domain/<id>/view|edit|admin` and `application/<id>/view|edit|admin` (one domain or application, by its 24-hex id). Checked at plan against the broker's scope grammar.
  *
  * Docs: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization#scopes EphemeralAuthtokenOpenshiftAuthorization#scopes}
  */
  readonly scopes: string[];
  /**
  * A note to remind you what the token is for, at most 4096 characters.
  *
  * Docs: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization#note EphemeralAuthtokenOpenshiftAuthorization#note}
  */
  readonly note?: string;
  /**
  * The token's lifetime in seconds, counted from its creation. Without it, the scope set's default (as the broker advertises in `authtoken_openshift_scopes`). At most the scope set's maximum: the broker gives a longer request its default instead, so the provider refuses one at plan. The broker publishes only defaults; the maximum the provider checks is that of broker.conf as shipped (session 7 days, other scopes 6 months), or the advertised default when longer. A broker configured with a lower maximum is caught after the create, which is then undone.
  *
  * Docs: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization#expires_in EphemeralAuthtokenOpenshiftAuthorization#expires_in}
  */
  readonly expiresIn?: number;
}

/**
* Represents the ephemeral {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/ephemeral-resources/openshift_authorization authtoken_openshift_authorization}: opened for one run, never in state.
*/
export class EphemeralAuthtokenOpenshiftAuthorization extends TerraformEphemeralResource {
  public static readonly tfResourceType = 'authtoken_openshift_authorization';

  public constructor(scope: Construct, id: string, config: EphemeralAuthtokenOpenshiftAuthorizationConfig) {
    super(scope, id, {
      terraformResourceType: 'authtoken_openshift_authorization',
      terraformGeneratorMetadata: { providerName: 'authtoken', providerVersion: '0.1.0' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach,
    });
    this._scopes = config.scopes;
    this._note = config.note;
    this._expiresIn = config.expiresIn;
  }

  // scopes: required
  private _scopes?: string[];
  public get scopes() {
    return cdktf.Fn.tolist(this.getListAttribute('scopes'));
  }
  public set scopes(value: string[]) {
    this._scopes = value;
  }
  /** The value given in the configuration (not a reference). */
  public get scopesInput() {
    return this._scopes;
  }

  // note: optional
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
  /** The value given in the configuration (not a reference). */
  public get noteInput() {
    return this._note;
  }

  // expires_in: optional, computed
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
  /** The value given in the configuration (not a reference). */
  public get expiresInInput() {
    return this._expiresIn;
  }

  // id: computed
  public get id() {
    return this.getStringAttribute('id');
  }

  // token: computed, sensitive
  public get token() {
    return this.getStringAttribute('token');
  }

  // identity: computed
  public get identity() {
    return this.getStringAttribute('identity');
  }

  // created_at: computed
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // expires_at: computed
  public get expiresAt() {
    return this.getStringAttribute('expires_at');
  }

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      scopes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._scopes),
      note: cdktf.stringToTerraform(this._note),
      expires_in: cdktf.numberToTerraform(this._expiresIn),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      scopes: { value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._scopes), isBlock: false, type: 'set', storageClassType: 'stringList' },
      note: { value: cdktf.stringToHclTerraform(this._note), isBlock: false, type: 'simple', storageClassType: 'string' },
      expires_in: { value: cdktf.numberToHclTerraform(this._expiresIn), isBlock: false, type: 'simple', storageClassType: 'number' },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, a]) => a.value !== undefined));
  }
}
