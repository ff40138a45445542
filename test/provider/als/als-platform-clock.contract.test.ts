// The ALS client reads Cloud Controller's clock from its answers: after the emulator clock moves a day,
// one call makes platformNow() a day ahead of this machine's time.
import { alsClient, startAls, type Als } from './als-fixture';

const DAY_MS = 86_400_000;

describe('ALS client: the platform clock', () => {
  let als: Als;
  beforeAll(async () => {
    ({ als } = await startAls());
  });
  afterAll(() => als.stop());

  test('this machine\'s time before any call; a day ahead after one call to a CC whose clock moved a day', async () => {
    const client = alsClient(als);
    expect(Math.abs(client.platformNow().getTime() - Date.now())).toBeLessThanOrEqual(1_500);
    await als.admin.advanceClock(DAY_MS / 1000);
    await client.listServiceAuthTokens();
    expect(Math.abs(client.platformNow().getTime() - Date.now() - DAY_MS)).toBeLessThanOrEqual(1_500);
    client.close();
  });
});
