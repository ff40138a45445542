// The `q` the client sends for a filter, and the exact matching it applies itself.
import { serviceAuthTokenQuery } from '../../../src/provider/als';

describe('serviceAuthTokenQuery', () => {
  test.each([
    [{}, undefined],
    [{ label: 'mysql' }, 'label:mysql'],
    [{ label: ' mysql ', provider: 'core' }, 'label:mysql;provider:core'],
    [{ label: ['a', 'b', 'a'] }, 'label IN a,b'],
    [{ label: 'a,b' }, 'label:a,b'], // one value: `:` does not split at commas
    [{ label: ['a,b', 'c'], provider: 'hp' }, 'provider:hp'], // an IN list cannot carry a comma
    [{ label: 'x;y' }, undefined], // `;` would end the condition
  ])('%j → q=%s', (filter, q) => {
    expect(serviceAuthTokenQuery(filter).q).toBe(q);
  });

  test('the client-side match is exact on every condition, sent or not', () => {
    const query = serviceAuthTokenQuery({ label: ['a,b', 'c'], provider: 'hp' });
    expect(query.matches({ label: 'a,b', provider: 'hp' })).toBe(true);
    expect(query.matches({ label: 'a', provider: 'hp' })).toBe(false);
    expect(query.matches({ label: 'c', provider: 'core' })).toBe(false);
  });

  test('an empty list matches nothing, so no call is needed', () => {
    expect(serviceAuthTokenQuery({ provider: [] }).matchesNothing).toBe(true);
    expect(serviceAuthTokenQuery({ provider: ['core'] }).matchesNothing).toBe(false);
  });
});
