import { SecretMatcher } from '../../src/framework/secret-matcher';

const R = '(sensitive value)';

function matcher(...secrets: string[]): SecretMatcher {
  const m = new SecretMatcher();
  for (const s of secrets) m.add(s);
  return m;
}

describe('SecretMatcher', () => {
  test('every occurrence is replaced, adjacent ones too, and the rest of the text is kept', () => {
    expect(matcher('hunter2').replaceAll('a hunter2hunter2 b hunter2', R)).toBe(`a ${R}${R} b ${R}`);
    expect(matcher('hunter2').replaceAll('nothing here', R)).toBe('nothing here');
  });

  test('a secret that contains another is replaced whole', () => {
    expect(matcher('abcd', 'abcdefgh').replaceAll('x abcdefgh y abcd z', R)).toBe(`x ${R} y ${R} z`);
  });

  test('secrets shorter than the lookup prefix are found too', () => {
    expect(matcher('pw', 'abc').replaceAll('pw=abc;', R)).toBe(`${R}=${R};`);
  });

  test('among ten thousand secrets, each one is found and nothing else is touched', () => {
    const secrets = Array.from({ length: 10_000 }, (_, i) => `tok-${i}-${(i * 2654435761).toString(36)}`);
    const m = matcher(...secrets);
    expect(m.size).toBe(10_000);
    const text = `first ${secrets[0]} then ${secrets[9_999]}, not tok-10000-x nor tok-1-`;
    expect(m.replaceAll(text, R)).toBe(`first ${R} then ${R}, not tok-10000-x nor tok-1-`);
  });

  test('adding reports whether the secret was new; the empty string is never a secret', () => {
    const m = new SecretMatcher();
    expect(m.add('s3cret')).toBe(true);
    expect(m.add('s3cret')).toBe(false);
    expect(m.add('')).toBe(false);
    expect(m.has('s3cret')).toBe(true);
    expect(m.replaceAll('', R)).toBe('');
  });
});
