// Bindings for the provider's ephemeral resources, which @cdktf/provider-generator 0.21 drops. One class
// per type on lib/core/terraform-ephemeral-resource.ts, named and shaped like the classes
// @cdktn/provider-generator 0.24 emits (EphemeralAuthtoken…, in ephemeral-authtoken-…/), so a stack reads
// the same on either tree. Only the attribute types our ephemeral schemas use are supported; anything else
// stops generation with a message instead of emitting something wrong.
import { toCamelCase, toPascalCase } from 'codemaker';
import type { AttributeType, ProviderSchemaJson, SchemaAttribute, TypeSchema } from './schema-json';
import { theProvider } from './schema-json';

/** How one attribute type is declared, read back and synthesized (JSON and HCL). */
interface TypeMapping {
  readonly tsType: string;
  readonly getter: (name: string) => string;
  readonly toTerraform: string;
  readonly toHcl: string;
  readonly hclType: string;
  readonly storageClassType: string;
}

function mapping(type: AttributeType | undefined, where: string): TypeMapping {
  const primitive: Record<string, Omit<TypeMapping, 'hclType'>> = {
    string: { tsType: 'string', getter: (n) => `this.getStringAttribute('${n}')`, toTerraform: 'cdktf.stringToTerraform', toHcl: 'cdktf.stringToHclTerraform', storageClassType: 'string' },
    number: { tsType: 'number', getter: (n) => `this.getNumberAttribute('${n}')`, toTerraform: 'cdktf.numberToTerraform', toHcl: 'cdktf.numberToHclTerraform', storageClassType: 'number' },
    bool: { tsType: 'boolean | cdktf.IResolvable', getter: (n) => `this.getBooleanAttribute('${n}')`, toTerraform: 'cdktf.booleanToTerraform', toHcl: 'cdktf.booleanToHclTerraform', storageClassType: 'boolean' },
  };
  if (typeof type === 'string' && primitive[type] !== undefined) return { ...primitive[type]!, hclType: 'simple' };
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set') && (type[1] === 'string' || type[1] === 'number')) {
    const element = primitive[type[1]]!;
    const list = type[1] === 'string' ? 'getListAttribute' : 'getNumberListAttribute';
    // A set reads back as a list: Terraform has no order for it, Fn.tolist gives one.
    const read = (n: string) => (type[0] === 'set' ? `cdktf.Fn.tolist(this.${list}('${n}'))` : `this.${list}('${n}')`);
    return {
      tsType: `${element.tsType}[]`,
      getter: read,
      toTerraform: `cdktf.listMapper(${element.toTerraform}, false)`,
      toHcl: `cdktf.listMapperHcl(${element.toHcl}, false)`,
      hclType: type[0],
      storageClassType: `${element.storageClassType}List`,
    };
  }
  if (Array.isArray(type) && type[0] === 'map' && (type[1] === 'string' || type[1] === 'number')) {
    const element = primitive[type[1]]!;
    return {
      tsType: `{ [key: string]: ${element.tsType} }`,
      getter: (n) => `this.${type[1] === 'string' ? 'getStringMapAttribute' : 'getNumberMapAttribute'}('${n}')`,
      toTerraform: `cdktf.hashMapper(${element.toTerraform})`,
      toHcl: `cdktf.hashMapperHcl(${element.toHcl})`,
      hclType: 'map',
      storageClassType: `${element.storageClassType}Map`,
    };
  }
  throw new Error(`${where}: type ${JSON.stringify(type)} is not supported by scripts/gen/ephemeral-bindings.ts; extend its mapping`);
}

/** Members of the base class a generated property must not shadow. */
const RESERVED = new Set(['count', 'provider', 'lifecycle', 'forEach', 'dependsOn', 'node', 'fqn', 'friendlyUniqueId', 'terraformResourceType', 'terraformGeneratorMetadata', 'terraformMetaArguments', 'cdktfStack']);

function propertyName(attribute: string): string {
  const name = toCamelCase(attribute);
  return RESERVED.has(name) ? `${name}Attribute` : name;
}

function docComment(lines: string[], indent: string): string[] {
  return [`${indent}/**`, ...lines.flatMap((l) => l.split('\n')).map((l) => `${indent}* ${l.replace(/\*\//g, '*\\/')}`.trimEnd()), `${indent}*/`];
}

export interface EphemeralBinding {
  readonly terraformType: string;
  readonly folder: string;
  readonly namespace: string;
  readonly className: string;
}

export function ephemeralBindingName(terraformType: string): EphemeralBinding {
  const folder = `ephemeral-${terraformType.replace(/_/g, '-')}`;
  return { terraformType, folder, namespace: toCamelCase(folder), className: toPascalCase(folder) };
}

function emitClass(terraformType: string, schema: TypeSchema, provider: { name: string; version: string; docsBase: string }, coreModule: string): string {
  const { className } = ephemeralBindingName(terraformType);
  const docs = `${provider.docsBase}/ephemeral-resources/${terraformType.replace(`${provider.name}_`, '')}`;
  if (schema.block.block_types !== undefined && Object.keys(schema.block.block_types).length > 0) {
    throw new Error(`${terraformType}: nested blocks are not supported by scripts/gen/ephemeral-bindings.ts`);
  }
  const attributes = Object.entries(schema.block.attributes ?? {}).map(([name, a]: [string, SchemaAttribute]) => {
    if (a.nested_type !== undefined) throw new Error(`${terraformType}.${name}: nested attributes are not supported by scripts/gen/ephemeral-bindings.ts`);
    return { name, a, prop: propertyName(name), type: mapping(a.type, `${terraformType}.${name}`), settable: a.required === true || a.optional === true };
  });
  const settable = attributes.filter((x) => x.settable);
  const anyRequired = settable.some((x) => x.a.required);
  const out: string[] = [];
  out.push(`// ${docs}`, '// generated from the ephemeral resource schema by scripts/gen/ephemeral-bindings.ts', '');
  out.push(`import { Construct } from 'constructs';`, `import * as cdktf from 'cdktf';`);
  out.push(`import { TerraformEphemeralResource, type TerraformEphemeralMetaArguments } from '${coreModule}';`, '');
  out.push(`export interface ${className}Config extends TerraformEphemeralMetaArguments {`);
  for (const x of settable) {
    out.push(...docComment([...(x.a.description ? [x.a.description, ''] : []), `Docs: {@link ${docs}#${x.name} ${className}#${x.name}}`], '  '));
    out.push(`  readonly ${x.prop}${x.a.required ? '' : '?'}: ${x.type.tsType};`);
  }
  out.push('}', '');
  out.push(...docComment([`Represents the ephemeral {@link ${docs} ${terraformType}}: opened for one run, never in state.`], ''));
  out.push(`export class ${className} extends TerraformEphemeralResource {`);
  out.push(`  public static readonly tfResourceType = '${terraformType}';`, '');
  out.push(`  public constructor(scope: Construct, id: string, config: ${className}Config${anyRequired ? '' : ' = {}'}) {`);
  out.push('    super(scope, id, {');
  out.push(`      terraformResourceType: '${terraformType}',`);
  out.push(`      terraformGeneratorMetadata: { providerName: '${provider.name}', providerVersion: '${provider.version}' },`);
  out.push('      provider: config.provider,', '      dependsOn: config.dependsOn,', '      count: config.count,', '      lifecycle: config.lifecycle,', '      forEach: config.forEach,');
  out.push('    });');
  for (const x of settable) out.push(`    this._${x.prop} = config.${x.prop};`);
  out.push('  }');
  for (const x of attributes) {
    out.push('', `  // ${x.name}: ${[x.a.required && 'required', x.a.optional && 'optional', x.a.computed && 'computed', x.a.sensitive && 'sensitive'].filter(Boolean).join(', ')}`);
    if (x.settable) out.push(`  private _${x.prop}?: ${x.type.tsType};`);
    out.push(`  public get ${x.prop}() {`, `    return ${x.type.getter(x.name)};`, '  }');
    if (!x.settable) continue;
    out.push(`  public set ${x.prop}(value: ${x.type.tsType}) {`, `    this._${x.prop} = value;`, '  }');
    if (!x.a.required) out.push(`  public reset${toPascalCase(x.prop)}() {`, `    this._${x.prop} = undefined;`, '  }');
    out.push(`  /** The value given in the configuration (not a reference). */`);
    out.push(`  public get ${x.prop}Input() {`, `    return this._${x.prop};`, '  }');
  }
  out.push('', '  protected override synthesizeAttributes(): { [name: string]: any } {', '    return {');
  for (const x of settable) out.push(`      ${x.name}: ${x.type.toTerraform}(this._${x.prop}),`);
  out.push('    };', '  }');
  out.push('', '  protected override synthesizeHclAttributes(): { [name: string]: any } {', '    const attrs = {');
  for (const x of settable) {
    out.push(`      ${x.name}: { value: ${x.type.toHcl}(this._${x.prop}), isBlock: false, type: '${x.type.hclType}', storageClassType: '${x.type.storageClassType}' },`);
  }
  out.push('    };', '    return Object.fromEntries(Object.entries(attrs).filter(([, a]) => a.value !== undefined));', '  }');
  out.push('}', '');
  return out.join('\n');
}

/** Where lib/ephemeral/<folder>/index.ts finds the base class. */
export const CORE_MODULE = '../../core/terraform-ephemeral-resource';

/** The files under lib/ephemeral/, by path relative to lib/ephemeral. */
export function ephemeralBindings(schema: ProviderSchemaJson, coreModule = CORE_MODULE): Map<string, string> {
  const { name, version, source, entry } = theProvider(schema);
  const [host, namespace] = source.split('/');
  const docsBase = `https://${host}/providers/${namespace}/${name}/${version}/docs`;
  const files = new Map<string, string>();
  const index = ['// generated by scripts/gen/ephemeral-bindings.ts: one namespace per ephemeral resource, as @cdktn/provider-generator names them'];
  for (const [type, typeSchema] of Object.entries(entry.ephemeral_resource_schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const b = ephemeralBindingName(type);
    files.set(`${b.folder}/index.ts`, emitClass(type, typeSchema, { name, version, docsBase }, coreModule));
    index.push(`export * as ${b.namespace} from './${b.folder}';`);
  }
  // `export {}` keeps the index a module while the provider has no ephemeral resources yet.
  if (index.length === 1) index.push('export {};');
  files.set('index.ts', `${index.join('\n')}\n`);
  return files;
}
