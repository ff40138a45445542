// The broker client reads the broker's clock from its answers: after the emulator clock moves a day, one
// call makes platformNow() a day ahead of this machine's time.
import { brokerClient, startBroker, type Broker } from './broker-fixture';

const DAY_MS = 86_400_000;

describe('OpenShift broker client: the platform clock', () => {
  let broker: Broker;
  beforeAll(async () => {
    broker = await startBroker();
  });
  afterAll(() => broker.stop());

  test('this machine\'s time before any call; a day ahead after one call to a broker whose clock moved a day', async () => {
    const client = brokerClient(broker);
    expect(Math.abs(client.platformNow().getTime() - Date.now())).toBeLessThanOrEqual(1_500);
    await broker.admin.advanceClock(DAY_MS / 1000);
    await client.listAuthorizations();
    expect(Math.abs(client.platformNow().getTime() - Date.now() - DAY_MS)).toBeLessThanOrEqual(1_500);
    client.close();
  });
});
