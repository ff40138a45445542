// Resources with identical configurations (count without an index in name or note) share their creation
// marker's key. Created together while half the create answers are lost, each still ends up with a token
// of its own: a lookup after a lost answer finds only what its own call made (the marker's call part),
// and a create never takes a token that another create of the same process has in flight.
import { census, describeCensus, expectConverged, startFleet, type Fleet } from '../../support/token-fleet';
import { AUTHTOKEN_HEADER } from '../../support/authtoken-package';

jest.setTimeout(180_000);

const CONFIG = `${AUTHTOKEN_HEADER}
resource "authtoken_vms_api_token" "same" {
  count  = 6
  expiry = "30D"
}

resource "authtoken_openshift_authorization" "same" {
  count  = 6
  scopes = ["session"]
  note   = "same"
}
`;

let fleet: Fleet;

beforeAll(async () => {
  fleet = await startFleet();
  fleet.ws.writeConfig(CONFIG);
  await fleet.terraform(['init', '-input=false']);
});

afterAll(() => fleet?.stop());

test('identical configurations created together through lost answers: one token each, none shared, none twice', async () => {
  const { vms, openshift } = fleet.emulators;
  await vms.admin.addFault({ effect: 'latency', ms: 200, method: 'POST', route: '/api/:version/apitokens/' });
  await vms.admin.addFault({ effect: 'lose-answer', method: 'POST', route: '/api/:version/apitokens/', rate: 0.5, seed: 7 });
  await openshift.admin.addFault({ effect: 'latency', ms: 200, method: 'POST', route: '/broker/rest/user/authorizations' });
  await openshift.admin.addFault({ effect: 'lose-answer', method: 'POST', route: '/broker/rest/user/authorizations', rate: 0.5, seed: 7 });
  await fleet.terraform(['apply', '-auto-approve', '-input=false']);
  const lost = (await vms.admin.requests()).entries.filter((e) => e.outcome.kind === 'fault-lost-answer').length +
    (await openshift.admin.requests()).entries.filter((e) => e.outcome.kind === 'fault-lost-answer').length;
  const result = await census(fleet);
  process.stdout.write(describeCensus(`identical-configurations: 12 tokens of two identical configurations (so equal names and notes count as "duplicates" here), ${lost} create answers lost`, result));
  expect(lost).toBeGreaterThan(2);
  // Each resource its own live token: as many distinct ids in state as resources, all live, nothing else live.
  expect(new Set(result.vms.stateIds).size).toBe(6);
  expect(new Set(result.openshift.stateIds).size).toBe(6);
  expect({ vms: result.vms.onPlatform, openshift: result.openshift.onPlatform, orphans: [...result.vms.orphans, ...result.openshift.orphans], lost: [...result.vms.lost, ...result.openshift.lost] }).toEqual({
    vms: 6,
    openshift: 6,
    orphans: [],
    lost: [],
  });
  await vms.admin.clearFaults();
  await openshift.admin.clearFaults();
  await fleet.terraform(['plan', '-detailed-exitcode', '-input=false'], 0);
  await fleet.terraform(['destroy', '-auto-approve', '-input=false']);
  expectConverged(await census(fleet), { als: 0, vms: 0, openshift: 0 });
});
