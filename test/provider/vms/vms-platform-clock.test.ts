// The VMS client reads the VMS's clock from its answers: after the emulator clock moves a day, one call
// makes platformNow() a day ahead of this machine's time.
import { startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

const DAY_MS = 86_400_000;

describe('VMS client: the platform clock', () => {
  let f: VmsClientFixture;
  beforeAll(async () => {
    f = await startVmsClientFixture();
  });
  afterAll(() => f.stop());
  afterEach(() => f.closeAll());

  test('this machine\'s time before any call; a day ahead after one call to a VMS whose clock moved a day', async () => {
    const client = f.client(f.jwt('alice'));
    expect(Math.abs(client.platformNow().getTime() - Date.now())).toBeLessThanOrEqual(1_500);
    await f.vms.admin.advanceClock(DAY_MS / 1000);
    await client.listApiTokens();
    expect(Math.abs(client.platformNow().getTime() - Date.now() - DAY_MS)).toBeLessThanOrEqual(1_500);
  });
});
