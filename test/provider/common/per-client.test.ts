// What hangs off a platform client is made once per client: another configured provider (another
// operation) gets its own.
import { perClient } from '../../../src/provider/common/per-client';

test('one value per client, made on first use: another client gets its own', () => {
  const made: object[] = [];
  const of = perClient((client: object) => (made.push(client), { of: client }));
  const a = {};
  const b = {};
  expect(of(a)).toBe(of(a));
  expect(of(b)).not.toBe(of(a));
  expect(made).toEqual([a, b]);
});
