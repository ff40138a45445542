// The platform time of a token's read is remembered per client (one per provider process), per token.
import { readTime, recordRead } from '../../../src/provider/renewal/read-clock';

test('a read time is found by the client and token that recorded it, and by no other', () => {
  const client = {};
  const other = {};
  const at = new Date('2026-01-08T01:00:00Z');
  expect(readTime(client, 'JhxND7ci')).toBeUndefined();
  recordRead(client, 'JhxND7ci', at);
  expect(readTime(client, 'JhxND7ci')).toBe(at);
  expect(readTime(client, '0MivGn7o')).toBeUndefined();
  expect(readTime(other, 'JhxND7ci')).toBeUndefined();
  const later = new Date('2026-01-09T01:00:00Z');
  recordRead(client, 'JhxND7ci', later);
  expect(readTime(client, 'JhxND7ci')).toBe(later);
});
