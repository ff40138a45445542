// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/openshift_authorizations
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataAuthtokenOpenshiftAuthorizationsConfig extends cdktn.TerraformMetaArguments {
}
export interface DataAuthtokenOpenshiftAuthorizationsAuthorizations {
}

export function dataAuthtokenOpenshiftAuthorizationsAuthorizationsToTerraform(struct?: DataAuthtokenOpenshiftAuthorizationsAuthorizations): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataAuthtokenOpenshiftAuthorizationsAuthorizationsToHclTerraform(struct?: DataAuthtokenOpenshiftAuthorizationsAuthorizations): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataAuthtokenOpenshiftAuthorizationsAuthorizationsOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataAuthtokenOpenshiftAuthorizationsAuthorizations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataAuthtokenOpenshiftAuthorizationsAuthorizations | undefined) {
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

  // scopes - computed: true, optional: false, required: false
  public get scopes() {
    return cdktn.Fn.tolist(this.getListAttribute('scopes'));
  }

  // note - computed: true, optional: false, required: false
  public get note() {
    return this.getStringAttribute('note');
  }

  // expires_in - computed: true, optional: false, required: false
  public get expiresIn() {
    return this.getNumberAttribute('expires_in');
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
}

export class DataAuthtokenOpenshiftAuthorizationsAuthorizationsList extends cdktn.ComplexList {

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
  public get(index: number): DataAuthtokenOpenshiftAuthorizationsAuthorizationsOutputReference {
    return new DataAuthtokenOpenshiftAuthorizationsAuthorizationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/openshift_authorizations authtoken_openshift_authorizations}
*/
export class DataAuthtokenOpenshiftAuthorizations extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_openshift_authorizations";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataAuthtokenOpenshiftAuthorizations resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataAuthtokenOpenshiftAuthorizations to import
  * @param importFromId The id of the existing DataAuthtokenOpenshiftAuthorizations that should be imported. Refer to the {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/openshift_authorizations#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataAuthtokenOpenshiftAuthorizations to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "authtoken_openshift_authorizations", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/openshift_authorizations authtoken_openshift_authorizations} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataAuthtokenOpenshiftAuthorizationsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataAuthtokenOpenshiftAuthorizationsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'authtoken_openshift_authorizations',
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
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // authorizations - computed: true, optional: false, required: false
  private _authorizations = new DataAuthtokenOpenshiftAuthorizationsAuthorizationsList(this, "authorizations", false);
  public get authorizations() {
    return this._authorizations;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
    };
    return attrs;
  }
}
