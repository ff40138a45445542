import { attr, block, definitions } from '../../../src/framework';
import { validateDefinition } from '../../../src/framework/schema/validate-definition';

const ok = async () => {
  throw new Error('unused');
};

describe('schema definitions Terraform would reject fail at build time, naming the attribute', () => {
  it.each([
    ['required and computed', { a: attr.string({ required: true, computed: true }) }, /a: cannot be both required and computed/],
    ['required and optional', { a: attr.string({ required: true, optional: true }) }, /a: cannot be both required and optional/],
    ['a default without computed', { a: attr.string({ optional: true, default: 'x' }) }, /a: a default needs optional: true and computed: true/],
    ['use-state-for-unknown on a non-computed attribute', { a: attr.string({ optional: true, useStateForUnknown: true }) }, /useStateForUnknown only applies to computed/],
    ['replacement on a computed-only attribute', { a: attr.string({ computed: true, requiresReplace: true }) }, /computed-only attribute cannot require replacement/],
    ['a computed write-only attribute', { a: attr.string({ computed: true, writeOnly: true }) }, /write-only attribute cannot be computed/],
    ['write-only inside set nesting', { s: attr.setNested({ w: attr.string({ optional: true, writeOnly: true }) }, { optional: true }) }, /s\.w: write-only attributes are not allowed inside set nesting/],
    ['a meta-argument name', { count: attr.int64({ optional: true }) }, /"count" is a Terraform meta-argument name/],
    ['an upper-case name', { Name: attr.string({ optional: true }) }, /Name: attribute names must be lower case/],
  ])('%s', (_name, attributes, message) => {
    expect(() => validateDefinition('resource', 'test_thing', { attributes })).toThrow(message);
  });

  it('a resource without update needs every configurable attribute to require replacement', () => {
    const { resource } = definitions<unknown>();
    const def = resource({ typeName: 'test_x', description: '', schema: { attributes: { a: attr.string({ required: true }) } }, create: ok, read: ok, delete: ok });
    expect(() => validateDefinition('resource', def.typeName, def.schema, { hasUpdate: false })).toThrow(/a: the resource has no update handler/);
  });

  it('blocks with min greater than max are refused', () => {
    expect(() => validateDefinition('resource', 'test_thing', { attributes: {}, blocks: { b: block.list({ attributes: {} }, { minItems: 3, maxItems: 1 }) } })).toThrow(/b: minItems is greater than maxItems/);
  });

  it('plan modifiers are refused outside managed resources', () => {
    expect(() => validateDefinition('data source', 'test_d', { attributes: { a: attr.string({ optional: true, computed: true, default: 'x' }) } })).toThrow(/only apply to managed resources/);
  });

  it('a valid schema passes', () => {
    expect(() => validateDefinition('resource', 'test_thing', { attributes: { id: attr.string({ computed: true, useStateForUnknown: true }), n: attr.string({ required: true, requiresReplace: true }) } })).not.toThrow();
  });
});

describe('definitions that would silently misbehave', () => {
  it('refuses modifiers inside set nesting, where no prior element can be compared', () => {
    expect(() => validateDefinition('resource', 't_x', { attributes: { s: attr.setNested({ n: attr.string({ optional: true, requiresReplace: true }) }, { optional: true }) } })).toThrow(
      /s\.n: requiresReplace, useStateForUnknown and plan modifiers cannot apply inside set nesting/,
    );
  });

  it('advises requiresReplace on a set-nested attribute itself, saying computed inner attributes do not force replacement', () => {
    expect(() =>
      validateDefinition('resource', 't_x', { attributes: { members: attr.setNested({ n: attr.string({ required: true, requiresReplace: true }), uid: attr.string({ computed: true }) }, { optional: true }) } }),
    ).toThrow(/members\.n: .*put requiresReplace on members itself: it compares only what the configuration sets, so computed inner attributes .* never force a replacement/);
  });

  it('advises a set-nested attribute instead of a set block, which cannot require replacement', () => {
    expect(() => validateDefinition('resource', 't_x', { attributes: {}, blocks: { rule: block.set({ attributes: { port: attr.int64({ required: true, requiresReplace: true }) } }) } })).toThrow(
      /rule\.port: .*a set block cannot require replacement; .*make rule a setNested attribute with requiresReplace/,
    );
  });

  it('refuses blocks in a resource without update (their contents cannot require replacement)', () => {
    expect(() => validateDefinition('resource', 't_x', { attributes: {}, blocks: { b: block.list({ attributes: { n: attr.string({ optional: true }) } }) } }, { hasUpdate: false })).toThrow(
      /b: the resource has no update handler, and a block's contents cannot require replacement/,
    );
  });
});
