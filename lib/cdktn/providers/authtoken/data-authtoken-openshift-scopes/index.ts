// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/openshift_scopes
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataAuthtokenOpenshiftScopesConfig extends cdktn.TerraformMetaArguments {
}
export interface DataAuthtokenOpenshiftScopesScopes {
}

export function dataAuthtokenOpenshiftScopesScopesToTerraform(struct?: DataAuthtokenOpenshiftScopesScopes): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataAuthtokenOpenshiftScopesScopesToHclTerraform(struct?: DataAuthtokenOpenshiftScopesScopes): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataAuthtokenOpenshiftScopesScopesOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataAuthtokenOpenshiftScopesScopes | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataAuthtokenOpenshiftScopesScopes | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // parameterized - computed: true, optional: false, required: false
  public get parameterized() {
    return this.getBooleanAttribute('parameterized');
  }

  // default_validity - computed: true, optional: false, required: false
  public get defaultValidity() {
    return this.getStringAttribute('default_validity');
  }

  // default_validity_seconds - computed: true, optional: false, required: false
  public get defaultValiditySeconds() {
    return this.getNumberAttribute('default_validity_seconds');
  }

  // maximum_validity_seconds - computed: true, optional: false, required: false
  public get maximumValiditySeconds() {
    return this.getNumberAttribute('maximum_validity_seconds');
  }
}

export class DataAuthtokenOpenshiftScopesScopesList extends cdktn.ComplexList {

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
  public get(index: number): DataAuthtokenOpenshiftScopesScopesOutputReference {
    return new DataAuthtokenOpenshiftScopesScopesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/openshift_scopes authtoken_openshift_scopes}
*/
export class DataAuthtokenOpenshiftScopes extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_openshift_scopes";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataAuthtokenOpenshiftScopes resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataAuthtokenOpenshiftScopes to import
  * @param importFromId The id of the existing DataAuthtokenOpenshiftScopes that should be imported. Refer to the {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/openshift_scopes#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataAuthtokenOpenshiftScopes to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "authtoken_openshift_scopes", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/openshift_scopes authtoken_openshift_scopes} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataAuthtokenOpenshiftScopesConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataAuthtokenOpenshiftScopesConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'authtoken_openshift_scopes',
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

  // default_scope - computed: true, optional: false, required: false
  public get defaultScope() {
    return this.getStringAttribute('default_scope');
  }

  // scopes - computed: true, optional: false, required: false
  private _scopes = new DataAuthtokenOpenshiftScopesScopesList(this, "scopes", false);
  public get scopes() {
    return this._scopes;
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
