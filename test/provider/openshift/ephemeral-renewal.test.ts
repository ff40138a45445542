// What renew means for the ephemeral authtoken_openshift_authorization, handler by handler against the
// broker emulator (Terraform calls renew on its own clock, which a test cannot move): open asks to be
// renewed when a tenth of the lifetime is left; renew then finds the token still working and asks
// again at its expiry; once expired (the broker's clock moved on), renew fails with a diagnostic saying
// why; close deletes it. A lifetime over the scope's maximum is refused before anything is created.
import { Diagnostics, TerraformError } from '../../../src/framework';
import { createLogger } from '../../../src/framework/logging/logger';
import type { AuthtokenClients } from '../../../src/provider/authtoken-provider';
import { authtokenProvider } from '../../../src/provider/authtoken-provider';
import { authorizationEphemeral } from '../../../src/provider/openshift/authorization-ephemeral';
import { startBroker, type Broker } from './broker-fixture';

let broker: Broker;
let provider: AuthtokenClients;
const log = createLogger({ module: 'test', level: 'off' });
const context = () => ({ provider, signal: new AbortController().signal, log, diagnostics: new Diagnostics() });

beforeAll(async () => {
  broker = await startBroker();
  const { username, password } = broker.context.users.admin;
  const openshift = { server: broker.baseUrl, username, password, token: null, ca_file: null, insecure: null };
  provider = (await authtokenProvider.configure({
    config: { als: null, vms: null, openshift } as never,
    terraformVersion: '1.11.4',
    log,
    diagnostics: new Diagnostics(),
  })) as AuthtokenClients;
});

afterAll(() => broker?.stop());

/** What the configuration leaves null: the computed attributes, and the note unless given. */
const UNSET = { note: null, id: null, token: null, identity: null, created_at: null, expires_at: null };

const stored = () => Object.values(broker.context.state.read().authorizations);
const secondsFromNow = (date: Date | undefined) => Math.round((date!.getTime() - Date.now()) / 1000);

test('open, renew while it works, renew once expired, close', async () => {
  const opened = await authorizationEphemeral.open({ ...context(), config: { ...UNSET, scopes: ['read'], note: 'one run', expires_in: 1000 } });
  expect(opened.result).toMatchObject({ scopes: ['read'], note: 'one run', expires_in: 1000 });
  // On the broker the note keeps the ephemeral marker, so listings never store this token.
  expect(stored().map((a) => [a.id, a.note])).toEqual([[opened.result.id, 'one run [tf-ephemeral]']]);
  expect(secondsFromNow(opened.renewAt)).toBeGreaterThanOrEqual(898);
  expect(secondsFromNow(opened.renewAt)).toBeLessThanOrEqual(900);

  // Terraform renews when a tenth is left: the token still works, so the next check is at its expiry.
  broker.context.clock.advance(905_000);
  const renewed = await authorizationEphemeral.renew!({ ...context(), private: opened.private! });
  expect(secondsFromNow(renewed.renewAt)).toBeGreaterThanOrEqual(93);
  expect(secondsFromNow(renewed.renewAt)).toBeLessThanOrEqual(97);

  // Past its expiry on the broker's clock, renew says so.
  broker.context.clock.advance(100_000);
  const failure = await authorizationEphemeral.renew!({ ...context(), private: opened.private! }).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(TerraformError);
  expect((failure as TerraformError).summary).toBe('Ephemeral Authorization No Longer Works');
  expect((failure as TerraformError).detail).toMatch(/has expired or was deleted[\s\S]*give the ephemeral authtoken_openshift_authorization an expires_in longer than the run \(it was 16m40s\)/);

  await authorizationEphemeral.close!({ ...context(), private: opened.private! });
  expect(stored()).toEqual([]);
  // Closing again (Terraform's last-resort close) is harmless: the broker answers success for an unknown id.
  await authorizationEphemeral.close!({ ...context(), private: opened.private! });
});

test('a lifetime over the scope maximum is refused before anything is created', async () => {
  const before = broker.requestLog.snapshot().counts;
  const failure = await authorizationEphemeral.open({ ...context(), config: { ...UNSET, scopes: ['session'], expires_in: 604801 } }).catch((e: unknown) => e);
  expect((failure as TerraformError).summary).toBe("Lifetime Over the Scope's Maximum");
  expect((failure as TerraformError).path?.toString()).toBe('expires_in');
  expect(stored()).toEqual([]);
  expect(broker.requestLog.snapshot().counts['POST /broker/rest/user/authorizations']).toBe(before['POST /broker/rest/user/authorizations']);
});
