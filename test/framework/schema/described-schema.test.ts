// The definition's description fills the schema's top block only when the block says nothing itself.
import type { BlockSchema } from '../../../src/framework/schema/blocks';
import { describedSchema } from '../../../src/framework/schema/described-schema';

const block = (b: BlockSchema): BlockSchema => b;

test('the definition description fills the top block, unless the block has its own', () => {
  expect(describedSchema({ schema: block({ attributes: {} }), description: 'A token.' }).description).toBe('A token.');
  expect(describedSchema({ schema: block({ attributes: {}, description: 'Own.' }), description: 'A token.' }).description).toBe('Own.');
  expect(describedSchema({ schema: block({ attributes: {}, markdownDescription: 'Own **md**.' }), description: 'A token.' }).description).toBeUndefined();
});
