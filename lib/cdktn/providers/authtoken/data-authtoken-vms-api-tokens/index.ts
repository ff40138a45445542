// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/vms_api_tokens
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataAuthtokenVmsApiTokensConfig extends cdktn.TerraformMetaArguments {
  /**
  * Only the tokens of this VMS manager. Listing another user's tokens needs the View permission of the Security realm.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/vms_api_tokens#owner DataAuthtokenVmsApiTokens#owner}
  */
  readonly owner?: string;
  /**
  * Also list revoked tokens (the VMS keeps them as archived). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/vms_api_tokens#include_revoked DataAuthtokenVmsApiTokens#include_revoked}
  */
  readonly includeRevoked?: boolean | cdktn.IResolvable;
}
export interface DataAuthtokenVmsApiTokensApiTokens {
}

export function dataAuthtokenVmsApiTokensApiTokensToTerraform(struct?: DataAuthtokenVmsApiTokensApiTokens): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataAuthtokenVmsApiTokensApiTokensToHclTerraform(struct?: DataAuthtokenVmsApiTokensApiTokens): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataAuthtokenVmsApiTokensApiTokensOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataAuthtokenVmsApiTokensApiTokens | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataAuthtokenVmsApiTokensApiTokens | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // owner - computed: true, optional: false, required: false
  public get owner() {
    return this.getStringAttribute('owner');
  }

  // created - computed: true, optional: false, required: false
  public get created() {
    return this.getStringAttribute('created');
  }

  // expires_at - computed: true, optional: false, required: false
  public get expiresAt() {
    return this.getStringAttribute('expires_at');
  }

  // last_used - computed: true, optional: false, required: false
  public get lastUsed() {
    return this.getStringAttribute('last_used');
  }

  // revoked - computed: true, optional: false, required: false
  public get revoked() {
    return this.getBooleanAttribute('revoked');
  }

  // revocation_time - computed: true, optional: false, required: false
  public get revocationTime() {
    return this.getStringAttribute('revocation_time');
  }
}

export class DataAuthtokenVmsApiTokensApiTokensList extends cdktn.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataAuthtokenVmsApiTokensApiTokensOutputReference {
    return new DataAuthtokenVmsApiTokensApiTokensOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/vms_api_tokens authtoken_vms_api_tokens}
*/
export class DataAuthtokenVmsApiTokens extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_vms_api_tokens";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataAuthtokenVmsApiTokens resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataAuthtokenVmsApiTokens to import
  * @param importFromId The id of the existing DataAuthtokenVmsApiTokens that should be imported. Refer to the {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/vms_api_tokens#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataAuthtokenVmsApiTokens to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "authtoken_vms_api_tokens", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/vms_api_tokens authtoken_vms_api_tokens} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataAuthtokenVmsApiTokensConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataAuthtokenVmsApiTokensConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'authtoken_vms_api_tokens',
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
    this._owner = config.owner;
    this._includeRevoked = config.includeRevoked;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // owner - computed: false, optional: true, required: false
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

  // include_revoked - computed: false, optional: true, required: false
  private _includeRevoked?: boolean | cdktn.IResolvable; 
  public get includeRevoked() {
    return this.getBooleanAttribute('include_revoked');
  }
  public set includeRevoked(value: boolean | cdktn.IResolvable) {
    this._includeRevoked = value;
  }
  public resetIncludeRevoked() {
    this._includeRevoked = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeRevokedInput() {
    return this._includeRevoked;
  }

  // api_tokens - computed: true, optional: false, required: false
  private _apiTokens = new DataAuthtokenVmsApiTokensApiTokensList(this, "api_tokens", false);
  public get apiTokens() {
    return this._apiTokens;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      owner: cdktn.stringToTerraform(this._owner),
      include_revoked: cdktn.booleanToTerraform(this._includeRevoked),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      owner: {
        value: cdktn.stringToHclTerraform(this._owner),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      include_revoked: {
        value: cdktn.booleanToHclTerraform(this._includeRevoked),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
