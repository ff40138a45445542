// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface AuthtokenProviderConfig {
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#alias AuthtokenProvider#alias}
  */
  readonly alias?: string;
  /**
  * als block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#als AuthtokenProvider#als}
  */
  readonly als?: AuthtokenProviderAls;
  /**
  * vms block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#vms AuthtokenProvider#vms}
  */
  readonly vms?: AuthtokenProviderVms;
  /**
  * openshift block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#openshift AuthtokenProvider#openshift}
  */
  readonly openshift?: AuthtokenProviderOpenshift;
}
export interface AuthtokenProviderAls {
  /**
  * The ALS API endpoint, e.g. https://api.example.com. Env: ALS_API_ENDPOINT.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#api_endpoint AuthtokenProvider#api_endpoint}
  */
  readonly apiEndpoint?: string;
  /**
  * Env: ALS_USERNAME.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#username AuthtokenProvider#username}
  */
  readonly username?: string;
  /**
  * Env: ALS_PASSWORD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#password AuthtokenProvider#password}
  */
  readonly password?: string;
  /**
  * A bearer token instead of a password. Env: ALS_ACCESS_TOKEN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#access_token AuthtokenProvider#access_token}
  */
  readonly accessToken?: string;
  /**
  * A token file written by the helion/stackato CLI. Env: ALS_TOKEN_FILE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#token_file AuthtokenProvider#token_file}
  */
  readonly tokenFile?: string;
  /**
  * PEM bundle of certificate authorities to trust for this platform, besides the system ones.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#ca_file AuthtokenProvider#ca_file}
  */
  readonly caFile?: string;
  /**
  * Skip verification of the platform's TLS certificate. Only for self-signed test platforms.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#insecure AuthtokenProvider#insecure}
  */
  readonly insecure?: boolean | cdktn.IResolvable;
}

export function authtokenProviderAlsToTerraform(struct?: AuthtokenProviderAls | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    api_endpoint: cdktn.stringToTerraform(struct!.apiEndpoint),
    username: cdktn.stringToTerraform(struct!.username),
    password: cdktn.stringToTerraform(struct!.password),
    access_token: cdktn.stringToTerraform(struct!.accessToken),
    token_file: cdktn.stringToTerraform(struct!.tokenFile),
    ca_file: cdktn.stringToTerraform(struct!.caFile),
    insecure: cdktn.booleanToTerraform(struct!.insecure),
  }
}


export function authtokenProviderAlsToHclTerraform(struct?: AuthtokenProviderAls | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    api_endpoint: {
      value: cdktn.stringToHclTerraform(struct!.apiEndpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktn.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktn.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    access_token: {
      value: cdktn.stringToHclTerraform(struct!.accessToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_file: {
      value: cdktn.stringToHclTerraform(struct!.tokenFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_file: {
      value: cdktn.stringToHclTerraform(struct!.caFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure: {
      value: cdktn.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface AuthtokenProviderVms {
  /**
  * The VMS address, e.g. https://vms.example.com. Env: VMS_ENDPOINT.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#endpoint AuthtokenProvider#endpoint}
  */
  readonly endpoint?: string;
  /**
  * Env: VMS_USERNAME.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#username AuthtokenProvider#username}
  */
  readonly username?: string;
  /**
  * Env: VMS_PASSWORD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#password AuthtokenProvider#password}
  */
  readonly password?: string;
  /**
  * An API token (`<id>.<secret>`) instead of a password. Env: VMS_API_TOKEN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#api_token AuthtokenProvider#api_token}
  */
  readonly apiToken?: string;
  /**
  * Sent as X-Tenant-Name. Env: VMS_TENANT.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#tenant AuthtokenProvider#tenant}
  */
  readonly tenant?: string;
  /**
  * PEM bundle of certificate authorities to trust for this platform, besides the system ones.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#ca_file AuthtokenProvider#ca_file}
  */
  readonly caFile?: string;
  /**
  * Skip verification of the platform's TLS certificate. Only for self-signed test platforms.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#insecure AuthtokenProvider#insecure}
  */
  readonly insecure?: boolean | cdktn.IResolvable;
}

export function authtokenProviderVmsToTerraform(struct?: AuthtokenProviderVms | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    endpoint: cdktn.stringToTerraform(struct!.endpoint),
    username: cdktn.stringToTerraform(struct!.username),
    password: cdktn.stringToTerraform(struct!.password),
    api_token: cdktn.stringToTerraform(struct!.apiToken),
    tenant: cdktn.stringToTerraform(struct!.tenant),
    ca_file: cdktn.stringToTerraform(struct!.caFile),
    insecure: cdktn.booleanToTerraform(struct!.insecure),
  }
}


export function authtokenProviderVmsToHclTerraform(struct?: AuthtokenProviderVms | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    endpoint: {
      value: cdktn.stringToHclTerraform(struct!.endpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktn.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktn.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_token: {
      value: cdktn.stringToHclTerraform(struct!.apiToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tenant: {
      value: cdktn.stringToHclTerraform(struct!.tenant),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_file: {
      value: cdktn.stringToHclTerraform(struct!.caFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure: {
      value: cdktn.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface AuthtokenProviderOpenshift {
  /**
  * The broker, e.g. https://openshift.example.com. Env: OPENSHIFT_SERVER.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#server AuthtokenProvider#server}
  */
  readonly server?: string;
  /**
  * Env: OPENSHIFT_USERNAME.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#username AuthtokenProvider#username}
  */
  readonly username?: string;
  /**
  * Env: OPENSHIFT_PASSWORD.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#password AuthtokenProvider#password}
  */
  readonly password?: string;
  /**
  * A session-scoped authorization token instead of a password. Env: OPENSHIFT_TOKEN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#token AuthtokenProvider#token}
  */
  readonly token?: string;
  /**
  * PEM bundle of certificate authorities to trust for this platform, besides the system ones.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#ca_file AuthtokenProvider#ca_file}
  */
  readonly caFile?: string;
  /**
  * Skip verification of the platform's TLS certificate. Only for self-signed test platforms.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#insecure AuthtokenProvider#insecure}
  */
  readonly insecure?: boolean | cdktn.IResolvable;
}

export function authtokenProviderOpenshiftToTerraform(struct?: AuthtokenProviderOpenshift | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    server: cdktn.stringToTerraform(struct!.server),
    username: cdktn.stringToTerraform(struct!.username),
    password: cdktn.stringToTerraform(struct!.password),
    token: cdktn.stringToTerraform(struct!.token),
    ca_file: cdktn.stringToTerraform(struct!.caFile),
    insecure: cdktn.booleanToTerraform(struct!.insecure),
  }
}


export function authtokenProviderOpenshiftToHclTerraform(struct?: AuthtokenProviderOpenshift | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    server: {
      value: cdktn.stringToHclTerraform(struct!.server),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktn.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktn.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token: {
      value: cdktn.stringToHclTerraform(struct!.token),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_file: {
      value: cdktn.stringToHclTerraform(struct!.caFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure: {
      value: cdktn.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs authtoken}
*/
export class AuthtokenProvider extends cdktn.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a AuthtokenProvider resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AuthtokenProvider to import
  * @param importFromId The id of the existing AuthtokenProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AuthtokenProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "authtoken", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs authtoken} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AuthtokenProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: AuthtokenProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'authtoken',
      terraformGeneratorMetadata: {
        providerName: 'authtoken',
        providerVersion: '0.1.0',
        providerVersionConstraint: '0.1.0'
      },
      terraformProviderSource: 'registry.terraform.io/authtoken/authtoken'
    });
    this._alias = config.alias;
    this._als = config.als;
    this._vms = config.vms;
    this._openshift = config.openshift;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // als - computed: false, optional: true, required: false
  private _als?: AuthtokenProviderAls; 
  public get als() {
    return this._als;
  }
  public set als(value: AuthtokenProviderAls | undefined) {
    this._als = value;
  }
  public resetAls() {
    this._als = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alsInput() {
    return this._als;
  }

  // vms - computed: false, optional: true, required: false
  private _vms?: AuthtokenProviderVms; 
  public get vms() {
    return this._vms;
  }
  public set vms(value: AuthtokenProviderVms | undefined) {
    this._vms = value;
  }
  public resetVms() {
    this._vms = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmsInput() {
    return this._vms;
  }

  // openshift - computed: false, optional: true, required: false
  private _openshift?: AuthtokenProviderOpenshift; 
  public get openshift() {
    return this._openshift;
  }
  public set openshift(value: AuthtokenProviderOpenshift | undefined) {
    this._openshift = value;
  }
  public resetOpenshift() {
    this._openshift = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get openshiftInput() {
    return this._openshift;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktn.stringToTerraform(this._alias),
      als: authtokenProviderAlsToTerraform(this._als),
      vms: authtokenProviderVmsToTerraform(this._vms),
      openshift: authtokenProviderOpenshiftToTerraform(this._openshift),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alias: {
        value: cdktn.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      als: {
        value: authtokenProviderAlsToHclTerraform(this._als),
        isBlock: true,
        type: "struct",
        storageClassType: "AuthtokenProviderAls",
      },
      vms: {
        value: authtokenProviderVmsToHclTerraform(this._vms),
        isBlock: true,
        type: "struct",
        storageClassType: "AuthtokenProviderVms",
      },
      openshift: {
        value: authtokenProviderOpenshiftToHclTerraform(this._openshift),
        isBlock: true,
        type: "struct",
        storageClassType: "AuthtokenProviderOpenshift",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
