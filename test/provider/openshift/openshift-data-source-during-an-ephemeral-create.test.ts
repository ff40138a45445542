// Review: an ephemeral authorization is created with its note marked twice — the ephemeral marker, then
// the creation marker that the provider removes with a PUT right after the create. A data source that
// lists authorizations in that moment (Terraform reads data sources and opens ephemeral resources in
// parallel in the same run) did not recognise the note as ephemeral, and wrote the one-run token into
// state. The note with both markers must be read as ephemeral too.
import { Diagnostics } from '../../../src/framework';
import { createLogger } from '../../../src/framework/logging/logger';
import { authtokenProvider, type AuthtokenClients } from '../../../src/provider/authtoken-provider';
import { withMarker, newCreationMarker } from '../../../src/provider/adoption/creation-marker';
import { authorizationsDataSource } from '../../../src/provider/openshift/authorizations-data-source';
import { ephemeralNote } from '../../../src/provider/openshift/ephemeral-note';
import { startBroker, type Broker } from './broker-fixture';

let broker: Broker;
let provider: AuthtokenClients;
const log = createLogger({ module: 'test', level: 'off' });

beforeAll(async () => {
  broker = await startBroker();
  const { username, password } = broker.context.users.admin;
  provider = (await authtokenProvider.configure({
    config: { als: null, vms: null, openshift: { server: broker.baseUrl, username, password, token: null, ca_file: null, insecure: null } } as never,
    terraformVersion: '1.11.4',
    log,
    diagnostics: new Diagnostics(),
  })) as AuthtokenClients;
});

afterAll(() => broker?.stop());

test('an ephemeral authorization still carrying its creation marker is listed without its token', async () => {
  const { username } = broker.context.users.admin;
  const mid = await broker.admin.action<{ id: string; token: string }>('create-authorization', {
    login: username,
    scopes: 'session',
    note: withMarker(ephemeralNote('one run'), newCreationMarker()),
  });
  const read = await authorizationsDataSource.read({ provider, signal: new AbortController().signal, log, diagnostics: new Diagnostics(), config: { authorizations: null } } as never);
  const listed = (read as { authorizations: { id: string; token: string | null; note: string | null }[] }).authorizations.find((a) => a.id === mid.id);
  expect(listed).toMatchObject({ token: null, note: 'one run' });
});
