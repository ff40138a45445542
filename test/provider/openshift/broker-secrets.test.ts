// No secret ever leaves the client: every emulator answer (successes and every error) is driven through
// clients holding known secrets (passwords, Bearer tokens, the token values the broker returns on every
// read), and no error message, stack, util.inspect or JSON of an error, captured log line, result message
// or inspected client contains one of them, in any encoding they travelled in.
import { inspect } from 'node:util';
import { randomAlphanumeric, randomHex } from '../../../src/emulators/random';
import { PlatformError, REDACTED, Redactor } from '../../../src/provider/common';
import type { ClientApiVersion, OpenShiftBrokerClient, OpenShiftBrokerClientOptions } from '../../../src/provider/openshift';
import { captureLogger } from '../../support/client';
import { brokerClient, startBroker, type Broker } from './broker-fixture';

describe('OpenShift broker client: secrets', () => {
  let broker: Broker;
  beforeAll(async () => {
    broker = await startBroker();
  });
  afterAll(() => broker.stop());

  test('no secret in any error, log line, result or client rendering', async () => {
    const logger = captureLogger();
    // One Redactor for all clients, as the provider shares one: a secret one client saw is hidden by all.
    const redactor = new Redactor();
    const clients: OpenShiftBrokerClient[] = [];
    const make = (options: Partial<OpenShiftBrokerClientOptions>) => {
      const client = brokerClient(broker, { logger, redactor, retry: { maxAttempts: 2 }, ...options });
      clients.push(client);
      return client;
    };
    // Characters that change under URL, form, JSON and base64 encoding.
    const password = `P@ss ${randomAlphanumeric(12)}+/&="\\:`;
    const wrongPassword = `Wr0ng ${randomAlphanumeric(12)}%?#`;
    await broker.admin.putUser('alice', { password });
    const secrets = new Set<string>([password, wrongPassword]);
    const texts: string[] = [];
    const errors: PlatformError[] = [];
    const record = (value: unknown) => texts.push(typeof value === 'string' ? value : JSON.stringify(value) ?? '');
    const expectError = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
      errors.push(error);
      return error;
    };

    // Successes as alice (Basic), collecting every token value the broker hands out.
    const alice = make({ credentials: { username: 'alice', password } });
    record(await alice.api());
    record(await alice.whoAmI());
    const session = (await alice.addAuthorization({ scopes: 'session', note: 'session' })).authorization;
    const reader = (await alice.addAuthorization({ scopes: 'read', note: 'reader' })).authorization;
    const scoped = (await alice.addAuthorization({ scopes: `domain/${randomHex(24)}/edit` })).authorization;
    const short = (await alice.addAuthorization({ scopes: 'session', expires_in: 30 })).authorization;
    const reused = await alice.addAuthorization({ scopes: 'session', note: 'session', reuse: true });
    expect(reused.reused).toBe(true);
    const seeded = await broker.admin.action<{ token: string }>('create-authorization', { login: 'alice', scopes: '' });
    for (const token of [session.token, reader.token, scoped.token, short.token, seeded.token]) secrets.add(token);
    const listed = await alice.listAuthorizations();
    expect(listed.map((a) => a.token)).toContain(reader.token); // the broker really returns token values on reads
    record(listed.map((a) => ({ id: a.id, note: a.note })));
    record((await alice.showAuthorization(session.id)).note);
    record((await alice.showAuthorization(reader.token)).id);
    record((await alice.updateAuthorization(reader.token, { note: 'renamed' })).note);
    const throwaway = (await alice.addAuthorization({})).authorization;
    secrets.add(throwaway.token);
    const deleted = await alice.deleteAuthorization(throwaway.token);
    expect(deleted.message).toContain(REDACTED);
    record(deleted);
    record(await alice.deleteAuthorization(randomHex(64)));
    record(await alice.deleteAllAuthorizations({ scope: 'userinfo' }));
    await broker.admin.advanceClock(31);
    record((await alice.lookupAuthorization(short.token)).status);

    // Successes as a Bearer client.
    const bearer = make({ credentials: { token: session.token } });
    record(await bearer.whoAmI());
    record((await bearer.ownAuthorization())?.id);
    record(await bearer.listAuthorizations().then((all) => all.length));

    // Every error of the tables, and transport failures.
    await expectError(alice.addAuthorization({ scopes: `session ${password}` }));
    await expectError(alice.addAuthorization({ note: 'n'.repeat(4097) }));
    const unknownToken = randomHex(64);
    secrets.add(unknownToken);
    await expectError(alice.showAuthorization(unknownToken));
    await expectError(alice.updateAuthorization(unknownToken, { note: 'x' }));
    await expectError(make({ credentials: { token: reader.token } }).listAuthorizations());
    await expectError(make({ credentials: { token: scoped.token } }).addAuthorization({}));
    await expectError(make({ credentials: { token: seeded.token } }).whoAmI());
    await expectError(make({ credentials: { username: 'alice', password }, apiVersion: '1.9' as ClientApiVersion }).listAuthorizations());
    await expectError(make({ credentials: { username: 'alice', password: wrongPassword } }).listAuthorizations());
    await expectError(make({ credentials: { token: unknownToken } }).listAuthorizations());
    await expectError(make({ credentials: { token: short.token } }).addAuthorization({}));
    // A proxy that quotes the credential back in its error page.
    await broker.admin.addFault({ effect: 'status', status: 503, body: `upstream refused Bearer ${session.token} for alice:${password}`, times: 2 });
    const quoted = await expectError(bearer.listAuthorizations());
    expect(quoted.platformMessage).toBe(`upstream refused ${REDACTED} for alice:${REDACTED}`);
    await broker.admin.addFault({ effect: 'reset', times: 2 });
    await expectError(alice.showAuthorization(session.token));
    await expectError(alice.listAuthorizations({ signal: AbortSignal.abort() }));

    expect(errors.map((e) => e.status ?? e.kind)).toEqual([422, 422, 404, 404, 403, 403, 403, 406, 401, 401, 401, 503, 'transient', 'aborted']);
    expect(logger.lines.length).toBeGreaterThan(20);

    const renderings = [
      ...errors.flatMap((e) => [String(e), e.message, e.stack ?? '', inspect(e, { showHidden: true, depth: null }), JSON.stringify(e)]),
      logger.text(),
      ...texts,
      ...clients.map((c) => inspect(c, { showHidden: true, depth: 5 })),
    ];
    const forms = [...secrets].flatMap((s) => [s, encodeURIComponent(s), new URLSearchParams({ s }).toString().slice(2), JSON.stringify(s).slice(1, -1)]);
    forms.push(Buffer.from(`alice:${password}`).toString('base64'), Buffer.from(`alice:${wrongPassword}`).toString('base64'));
    for (const text of renderings) for (const secret of forms) expect(text).not.toContain(secret);
    for (const client of clients) client.close();
  });
});
