// The expiry grammar the provider validates at plan time: every unit with its exact case rule, refusals
// with a clear reason, and agreement with what the VMS emulator accepts (a separate reading of the docs).
import { expirySeconds } from '../../../src/emulators/vms/expiry-grammar';
import { apiTokenStatus, describeExpiry, expiryDateFrom, expiryOrThrow, parseExpiry, type ApiToken } from '../../../src/provider/vms';
import { startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

const DAY = 86_400;

describe('parseExpiry', () => {
  test.each([
    ['180D', 180 * DAY, 'day'],
    ['1d', DAY, 'day'],
    ['1Y', 365 * DAY, 'year'],
    ['24M', 24 * 30 * DAY, 'month'],
    ['6M', 180 * DAY, 'month'],
    ['5m', 300, 'minute'],
    ['2w', 14 * DAY, 'week'],
    ['2W', 14 * DAY, 'week'],
    ['12h', 12 * 3_600, 'hour'],
    ['12H', 12 * 3_600, 'hour'],
    ['30s', 30, 'second'],
    ['30S', 30, 'second'],
    ['007D', 7 * DAY, 'day'],
  ])('%s is %d seconds (%s)', (text, seconds, unitName) => {
    expect(parseExpiry(text)).toEqual({ ok: true, expiry: { text, amount: Number(text.slice(0, -1)), unit: text.at(-1), unitName, seconds } });
  });

  test('M is a month and m a minute: the case decides', () => {
    expect(expiryOrThrow('1M').seconds).toBe(30 * DAY);
    expect(expiryOrThrow('1m').seconds).toBe(60);
  });

  test.each([
    ['180X', '"X" is not a unit'],
    ['1.5D', 'the number must be whole (no fractions)'],
    ['y', 'years are an upper-case "Y"'],
    ['5y', 'years are an upper-case "Y"'],
    ['', 'it is empty'],
    ['D', 'it has no number before the unit'],
    ['180', 'it has no unit letter after the number'],
    ['-5D', 'the number must be whole and unsigned'],
    ['+5D', 'the number must be whole and unsigned'],
    [' 5D', 'it contains spaces'],
    ['5 D', 'it contains spaces'],
    ['0D', 'the duration must be greater than zero'],
    ['1D2h', '"D2h" is not a unit'],
    ['5Days', '"Days" is not a unit'],
    ['5d!', '"d!" is not a unit'],
    ['99999999999999999Y', 'the number is too large'],
  ])('%j is refused: %s', (text, why) => {
    const result = parseExpiry(text);
    expect(result.ok).toBe(false);
    const reason = (result as { reason: string }).reason;
    expect(reason).toContain(why);
    expect(reason.startsWith(`${JSON.stringify(text)} is not a VMS expiry: `)).toBe(true);
    expect(reason).toContain('expected a whole number followed by one unit letter, e.g. 180D, 1Y, 24M or 5m');
  });

  test('expiryOrThrow throws a RangeError with the reason', () => {
    expect(() => expiryOrThrow('180X')).toThrow(RangeError);
    expect(() => expiryOrThrow('180X')).toThrow(/^"180X" is not a VMS expiry: "X" is not a unit/);
  });

  test('the expiry date counts from creation', () => {
    expect(expiryDateFrom('2024-09-15T12:40:42Z', expiryOrThrow('30D')).toISOString()).toBe('2024-10-15T12:40:42.000Z');
    expect(expiryDateFrom(new Date('2024-01-01T00:00:00Z'), expiryOrThrow('1Y')).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect([describeExpiry(expiryOrThrow('180D')), describeExpiry(expiryOrThrow('1m'))]).toEqual(['180 days', '1 minute']);
  });

  test('agrees with the VMS emulator\'s own reading of the grammar on every letter and the odd cases', () => {
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];
    const inputs = [...letters.map((l) => `3${l}`), ...letters, '1.5D', '-1D', ' 1D', '0s', '10', '', '1DD', '１D', '1d\n'];
    for (const input of inputs) {
      const client = parseExpiry(input);
      const server = expirySeconds(input);
      expect([input, client.ok, client.ok ? client.expiry.seconds : undefined]).toEqual([input, server.ok, server.ok ? server.seconds : undefined]);
    }
  });
});

describe('apiTokenStatus', () => {
  const token = (fields: Partial<ApiToken>): ApiToken => ({
    id: 'AbCd1234',
    name: 'n',
    owner: 'o',
    created: '2024-01-01T00:00:00Z',
    expiry_date: null,
    last_used: null,
    revoked: false,
    revocation_time: null,
    ...fields,
  });

  test('valid, expired at expiry_date exactly, revoked first', () => {
    const at = Date.parse('2024-02-01T00:00:00Z');
    expect(apiTokenStatus(token({}), at)).toBe('valid');
    expect(apiTokenStatus(token({ expiry_date: '2024-02-01T00:00:01Z' }), at)).toBe('valid');
    expect(apiTokenStatus(token({ expiry_date: '2024-02-01T00:00:00Z' }), at)).toBe('expired');
    expect(apiTokenStatus(token({ expiry_date: '2024-01-15T00:00:00Z', revoked: true }), at)).toBe('revoked');
  });
});

describe('expiry grammar, client and VMS together', () => {
  let f: VmsClientFixture;
  beforeAll(async () => {
    f = await startVmsClientFixture();
  });
  afterAll(() => f.stop());

  test('what parseExpiry accepts the VMS accepts, with the same duration; what it refuses the VMS refuses with 400', async () => {
    await f.client(f.basic('admin')).setMaxApiTokensPerUser(50);
    const client = f.client(f.basic('admin'));
    for (const text of ['180D', '1Y', '24M', '5m', '2W', '12H', '30S', '180X', '1.5D', 'y', '0D']) {
      const parsed = parseExpiry(text);
      const created = await client.createApiToken({ expiry_date: text }).then(
        (c) => c,
        (e: { status?: number }) => e,
      );
      if (parsed.ok) {
        const token = await client.getApiToken((created as { id: string }).id);
        expect([text, Date.parse(token.expiry_date!) - Date.parse(token.created)]).toEqual([text, parsed.expiry.seconds * 1000]);
      } else {
        expect([text, (created as { status?: number }).status]).toEqual([text, 400]);
      }
    }
  });
});
