// https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/als_service_auth_tokens
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataAuthtokenAlsServiceAuthTokensConfig extends cdktn.TerraformMetaArguments {
  /**
  * Only tokens with this label (CC's `q=label:<label>`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/als_service_auth_tokens#label DataAuthtokenAlsServiceAuthTokens#label}
  */
  readonly label?: string;
  /**
  * Only tokens with this provider (CC's `q=provider:<provider>`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/als_service_auth_tokens#service_provider DataAuthtokenAlsServiceAuthTokens#service_provider}
  */
  readonly serviceProvider?: string;
}
export interface DataAuthtokenAlsServiceAuthTokensTokens {
}

export function dataAuthtokenAlsServiceAuthTokensTokensToTerraform(struct?: DataAuthtokenAlsServiceAuthTokensTokens): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataAuthtokenAlsServiceAuthTokensTokensToHclTerraform(struct?: DataAuthtokenAlsServiceAuthTokensTokens): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataAuthtokenAlsServiceAuthTokensTokensOutputReference extends cdktn.ComplexObject {
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

  public get internalValue(): DataAuthtokenAlsServiceAuthTokensTokens | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataAuthtokenAlsServiceAuthTokensTokens | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // guid - computed: true, optional: false, required: false
  public get guid() {
    return this.getStringAttribute('guid');
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // service_provider - computed: true, optional: false, required: false
  public get serviceProvider() {
    return this.getStringAttribute('service_provider');
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }
}

export class DataAuthtokenAlsServiceAuthTokensTokensList extends cdktn.ComplexList {

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
  public get(index: number): DataAuthtokenAlsServiceAuthTokensTokensOutputReference {
    return new DataAuthtokenAlsServiceAuthTokensTokensOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/als_service_auth_tokens authtoken_als_service_auth_tokens}
*/
export class DataAuthtokenAlsServiceAuthTokens extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "authtoken_als_service_auth_tokens";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataAuthtokenAlsServiceAuthTokens resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataAuthtokenAlsServiceAuthTokens to import
  * @param importFromId The id of the existing DataAuthtokenAlsServiceAuthTokens that should be imported. Refer to the {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/als_service_auth_tokens#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataAuthtokenAlsServiceAuthTokens to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "authtoken_als_service_auth_tokens", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/authtoken/authtoken/0.1.0/docs/data-sources/als_service_auth_tokens authtoken_als_service_auth_tokens} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataAuthtokenAlsServiceAuthTokensConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataAuthtokenAlsServiceAuthTokensConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'authtoken_als_service_auth_tokens',
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
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // label - computed: false, optional: true, required: false
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  public resetLabel() {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // service_provider - computed: false, optional: true, required: false
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

  // tokens - computed: true, optional: false, required: false
  private _tokens = new DataAuthtokenAlsServiceAuthTokensTokensList(this, "tokens", false);
  public get tokens() {
    return this._tokens;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      label: cdktn.stringToTerraform(this._label),
      service_provider: cdktn.stringToTerraform(this._serviceProvider),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
