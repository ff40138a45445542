import { importIdOf, parseImportId } from '../../../src/provider/als/service-auth-token-import-id';

describe('import ids of service auth tokens', () => {
  test('an id without a slash is a guid', () => {
    expect(parseImportId('c88374d8-dbdf-4253-aa09-f2cbd7279695')).toEqual({ guid: 'c88374d8-dbdf-4253-aa09-f2cbd7279695' });
  });

  test('label/service_provider splits at every slash, since either may hold one', () => {
    expect(parseImportId('mysql/core')).toEqual({ candidates: [{ label: 'mysql', provider: 'core' }] });
    expect(parseImportId('team/mysql/acme')).toEqual({
      candidates: [
        { label: 'team', provider: 'mysql/acme' },
        { label: 'team/mysql', provider: 'acme' },
      ],
    });
  });

  test('a split leaving an empty label or provider is no candidate', () => {
    expect(parseImportId('mysql/')).toEqual({ candidates: [] });
    expect(parseImportId('/core')).toEqual({ candidates: [] });
    expect(parseImportId('a//b')).toEqual({ candidates: [{ label: 'a', provider: '/b' }, { label: 'a/', provider: 'b' }] });
  });

  test('the id of a token reads back as one of its candidates', () => {
    const token = { label: 'team/mysql', provider: 'acme' };
    const parsed = parseImportId(importIdOf(token));
    expect('candidates' in parsed && parsed.candidates).toContainEqual(token);
  });
});
