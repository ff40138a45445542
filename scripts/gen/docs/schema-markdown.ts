// The "Schema" section of a registry page, from a schema block: arguments grouped as Required, Optional and
// Read-Only, each with its type and the description the provider gives it, nested blocks and nested
// attributes each in a section of their own (the layout registry readers know from tfplugindocs pages).
import type { AttributeType, SchemaAttribute, SchemaBlock } from '../schema-json';

interface NestedAttributes {
  readonly attributes: Record<string, SchemaAttribute>;
  readonly nesting_mode: string;
}

export function typeName(type: AttributeType | undefined): string {
  if (typeof type === 'string') return { string: 'String', number: 'Number', bool: 'Boolean', dynamic: 'Dynamic' }[type] ?? type;
  if (Array.isArray(type)) {
    const [kind, element] = type;
    if (kind === 'object') return 'Object';
    if (kind === 'tuple') return 'Tuple';
    const outer = { list: 'List', set: 'Set', map: 'Map' }[kind] ?? kind;
    return `${outer} of ${typeName(element as AttributeType)}`;
  }
  return 'Dynamic';
}

function nestingName(mode: string, what: 'Attributes' | 'Block'): string {
  return { single: what, object: what, list: `${what} List`, set: `${what} Set`, map: `${what} Map` }[mode] ?? what;
}

interface Entry {
  readonly name: string;
  readonly line: string;
  readonly group: 'Required' | 'Optional' | 'Read-Only';
  readonly nested?: { anchor: string; block: SchemaBlock };
}

export function schemaSection(block: SchemaBlock, headingLevel = 2): string {
  const out: string[] = [`${'#'.repeat(headingLevel)} Schema`, ''];
  const pending: { anchor: string; title: string; block: SchemaBlock }[] = [];
  renderBlock(block, '', out, pending, headingLevel);
  while (pending.length > 0) {
    const next = pending.shift()!;
    out.push(`<a id="${next.anchor}"></a>`, `${'#'.repeat(headingLevel + 1)} Nested Schema for \`${next.title}\``, '');
    renderBlock(next.block, `${next.title}.`, out, pending, headingLevel + 1);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderBlock(block: SchemaBlock, prefix: string, out: string[], pending: { anchor: string; title: string; block: SchemaBlock }[], level: number): void {
  const entries: Entry[] = [];
  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    const anchor = `nestedatt--${(prefix + name).replace(/\./g, '--')}`;
    const nested = a.nested_type as NestedAttributes | undefined;
    const traits = [nested ? nestingName(nested.nesting_mode, 'Attributes') : typeName(a.type)];
    if (a.sensitive) traits.push('Sensitive');
    if (a.write_only) traits.push('[Write-only](https://developer.hashicorp.com/terraform/language/resources/ephemeral#write-only-arguments)');
    if (a.deprecated) traits.push('Deprecated');
    const group = a.required ? 'Required' : a.optional ? 'Optional' : 'Read-Only';
    const description = (a.description ?? '').trim();
    const more = nested ? ` (see [below for nested schema](#${anchor}))` : '';
    entries.push({ name, group, line: `- \`${name}\` (${traits.join(', ')})${description ? ` ${description}` : ''}${more}`, ...(nested ? { nested: { anchor, block: { attributes: nested.attributes } } } : {}) });
  }
  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    const anchor = `nestedblock--${(prefix + name).replace(/\./g, '--')}`;
    const group = (b.min_items ?? 0) > 0 ? 'Required' : 'Optional';
    const description = (b.block.description ?? '').trim();
    entries.push({ name, group, line: `- \`${name}\` (${nestingName(b.nesting_mode, 'Block')})${description ? ` ${description}` : ''} (see [below for nested schema](#${anchor}))`, nested: { anchor, block: b.block } });
  }
  for (const group of ['Required', 'Optional', 'Read-Only'] as const) {
    const inGroup = entries.filter((e) => e.group === group).sort((a, b) => a.name.localeCompare(b.name));
    if (inGroup.length === 0) continue;
    out.push(`${'#'.repeat(level + 1)} ${group}`, '', ...inGroup.map((e) => e.line), '');
    for (const e of inGroup) if (e.nested) pending.push({ anchor: e.nested.anchor, title: prefix + e.name, block: e.nested.block });
  }
}
