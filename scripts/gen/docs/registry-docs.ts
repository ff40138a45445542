// docs/ in the Terraform Registry layout: index.md for the provider, then one page per resource, data source
// and ephemeral resource, each with a CDKTF and an HCL example, the schema section from the provider's own
// descriptions, and an import section.
import type { ProviderSchemaJson, TypeSchema } from '../schema-json';
import { theProvider } from '../schema-json';
import { docExample, type DocExample, type DocKind } from './doc-examples';
import { schemaSection } from './schema-markdown';

const TITLES: Record<Exclude<DocKind, 'provider'>, string> = {
  resources: 'Resource',
  'data-sources': 'Data Source',
  'ephemeral-resources': 'Ephemeral Resource',
};

function frontMatter(fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([k, v]) => (v.includes('\n') ? `${k}: |-\n${v.split('\n').map((l) => `  ${l}`).join('\n')}` : `${k}: ${JSON.stringify(v)}`));
  return `---\n${lines.join('\n')}\n---\n`;
}

function examples(example: DocExample): string {
  return [
    '## Example Usage',
    '',
    '### CDKTF (TypeScript)',
    '',
    '```typescript',
    example.cdktf,
    '```',
    '',
    '### HCL',
    '',
    '```terraform',
    example.hcl,
    '```',
    '',
  ].join('\n');
}

function importSection(kind: DocKind, type: string, example: DocExample): string {
  if (kind === 'data-sources') {
    return '## Import\n\nA data source is read on every plan and keeps nothing of its own in state: there is nothing to import.\n';
  }
  if (kind === 'ephemeral-resources') {
    return `## Import\n\nAn ephemeral resource is opened for one run and closed at its end; it is never in state, so it cannot be imported. To manage a long-lived token, use the \`${type}\` resource.\n`;
  }
  const cmd = example.importCommand!;
  return [
    '## Import',
    '',
    'With an `import` block (Terraform 1.5 and later):',
    '',
    '```terraform',
    'import {',
    `  to = ${cmd.address}`,
    `  id = ${JSON.stringify(cmd.id)}`,
    '}',
    '```',
    '',
    'From CDKTF, on the construct: `token.importFrom("' + cmd.id + '")`.',
    '',
    'Or with the command line:',
    '',
    '```shell',
    cmd.text,
    '```',
    '',
  ].join('\n');
}

function typePage(kind: Exclude<DocKind, 'provider'>, type: string, providerName: string, schema: TypeSchema, example: DocExample): string {
  const description = (schema.block.description ?? '').trim();
  return [
    frontMatter({ page_title: `${type} ${TITLES[kind]} - ${providerName}`, subcategory: '', description }),
    `# ${type} (${TITLES[kind]})`,
    '',
    ...(description ? [description, ''] : []),
    examples(example),
    schemaSection(schema.block),
    importSection(kind, type, example),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

function indexPage(providerName: string, source: string, version: string, schema: TypeSchema, example: DocExample, pages: string[]): string {
  const description = (schema.block.description ?? '').trim();
  return [
    frontMatter({ page_title: `Provider: ${providerName}`, description }),
    `# ${providerName} Provider`,
    '',
    ...(description ? [description, ''] : []),
    `Source: \`${source.replace(/^registry\.terraform\.io\//, '')}\`, version ${version}. Terraform 1.11 or later (ephemeral resources and write-only arguments).`,
    '',
    'Credentials belong in environment variables or sensitive variables, never in literals: a literal given to a CDKTF construct is written in clear into `cdk.tf.json`.',
    '',
    '## CDKTF',
    '',
    `The npm package \`terraform-provider-${providerName}\` is also the CDKTF construct library: one namespace per type below (\`provider\`, \`vmsApiToken\`, \`dataAuthtoken…\`, \`ephemeralAuthtoken…\`), generated from this schema, and constructs on top of them: \`RotatingToken\` (one token renewing itself before it expires, new before old, the token a sensitive output), \`TokenSet\` (one token per consumer from a map, with \`for_each\`), the typed values \`Expiry\`, \`Scope\` and \`Duration\`, and \`ProviderLockFile\`. Mistakes fail \`cdktf synth\` naming the construct's path.`,
    '',
    examples(example),
    schemaSection(schema.block),
    '## Pages',
    '',
    ...pages,
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Every page, by path relative to docs/. `root` is where examples/ is read from. */
export function registryDocs(schema: ProviderSchemaJson, root: string): Map<string, string> {
  const { name, source, version, entry } = theProvider(schema);
  const files = new Map<string, string>();
  const pages: string[] = [];
  const kinds: [Exclude<DocKind, 'provider'>, Record<string, TypeSchema> | undefined][] = [
    ['resources', entry.resource_schemas],
    ['data-sources', entry.data_source_schemas],
    ['ephemeral-resources', entry.ephemeral_resource_schemas],
  ];
  for (const [kind, types] of kinds) {
    for (const [type, typeSchema] of Object.entries(types ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const path = `${kind}/${type.replace(`${name}_`, '')}.md`;
      files.set(path, typePage(kind, type, name, typeSchema, docExample(root, kind, type)));
      pages.push(`- [${type}](${path}) (${TITLES[kind].toLowerCase()})`);
    }
  }
  files.set('index.md', indexPage(name, source, version, entry.provider, docExample(root, 'provider', name), pages));
  return files;
}
