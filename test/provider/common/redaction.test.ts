// Redaction by construction: a secret the client has seen (in a body, a header, a response, a path) never
// appears in an error's message, stack, util.inspect or JSON, nor in a log line, even when the platform
// quotes it back in an error body, in whatever encoding it travelled.
import { inspect } from 'node:util';
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { randomAlphanumeric } from '../../../src/emulators/random';
import { PlatformError, REDACTED, Redactor, basicAuthorization } from '../../../src/provider/common';
import { testPlatform, type WidgetState } from '../../support/test-platform';
import { captureLogger, widgetClient } from '../../support/client';

/** Every way an error can be shown. */
function renderings(error: unknown): string[] {
  return [String(error), (error as Error).message, (error as Error).stack ?? '', inspect(error, { showHidden: true, depth: null }), JSON.stringify(error)];
}

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}

function expectClean(texts: string[], ...secrets: string[]): void {
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('redaction', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform());
  });
  afterAll(() => emulator.stop());

  // Characters that change under URL, form and JSON encoding.
  const secret = () => `S3cr3t ${randomAlphanumeric(12)}@+/&="\\`;

  test('a password sent in JSON and quoted back in an error body is hidden everywhere', async () => {
    const password = secret();
    const logger = captureLogger();
    const error = await failure(widgetClient(emulator.baseUrl, { logger }).request({ operation: 'log in', method: 'POST', path: '/reject', json: { username: 'u', password } }));
    expect(error.status).toBe(422);
    expect(error.message).toContain(REDACTED);
    expectClean([...renderings(error), logger.text()], password, JSON.stringify(password).slice(1, -1));
  });

  test('a password sent form-encoded and quoted back raw is hidden in its encoded form too', async () => {
    const password = secret();
    const error = await failure(widgetClient(emulator.baseUrl).request({ operation: 'log in', method: 'POST', path: '/reject', form: { grant_type: 'password', username: 'u', password } }));
    expect(error.message).toBe(`VMS log in: HTTP 422: rejected: grant_type=password&username=u&password=${REDACTED}`);
    expectClean(renderings(error), password, new URLSearchParams({ password }).toString().slice('password='.length));
  });

  test('a token first seen in a response body is hidden in later errors and log lines', async () => {
    const token = `${randomAlphanumeric(8)}.${randomAlphanumeric(32)}`;
    const logger = captureLogger();
    const client = widgetClient(emulator.baseUrl, { logger });
    const scripted = (answer: unknown) => ({ operation: 'show API token', method: 'GET', path: '/respond', query: { answer: JSON.stringify(answer) } }) as const;

    await client.request(scripted({ status: 201, body: { id: token.slice(0, 8), token } }));
    const error = await failure(client.request(scripted({ status: 404, body: { error: `API token ${token} not found` } })));
    expect(error.message).toBe(`VMS show API token: HTTP 404: API token ${REDACTED} not found`);
    expectClean([...renderings(error), logger.text()], token);
  });

  test('Basic credentials are hidden, base64 form included', async () => {
    const password = secret();
    const client = widgetClient(emulator.baseUrl);
    const header = basicAuthorization('admin', password, client.redactor);
    const encoded = header.slice('Basic '.length);
    const answer = JSON.stringify({ status: 401, raw: `bad credentials: ${header} (${password})` });
    const error = await failure(client.request({ operation: 'get vms', method: 'GET', path: '/respond', query: { answer }, headers: { Authorization: header } }));
    expectClean(renderings(error), password, encoded);
  });

  test('a bearer token from the auth hook is hidden although no body ever held it', async () => {
    const bearer = randomAlphanumeric(40);
    const client = widgetClient(emulator.baseUrl, { auth: { headers: async () => ({ Authorization: `bearer ${bearer}` }) } });
    const answer = JSON.stringify({ status: 403, body: { error: `token ${bearer} lacks scope` } });
    const error = await failure(client.request({ operation: 'list service auth tokens', method: 'GET', path: '/respond', query: { answer } }));
    expect(error.kind).toBe('forbidden');
    expectClean(renderings(error), bearer);
  });

  test('a secret in the path stays out of network-failure errors and log lines', async () => {
    const token = randomAlphanumeric(64);
    await emulator.admin.addFault({ effect: 'reset', route: '/widgets/:id', times: 8 });
    const logger = captureLogger();
    const error = await failure(widgetClient(emulator.baseUrl, { logger }).request({ operation: 'show authorization', method: 'GET', path: `/widgets/${token}`, secrets: [token] }));
    expect(error).toMatchObject({ kind: 'transient', networkCode: 'ECONNRESET', attempts: 8 });
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logger.text()).toContain(`/widgets/${REDACTED}`);
    expectClean([...renderings(error), logger.text()], token);
  });

  test('the axios error (config, headers, body) is never attached to the PlatformError', async () => {
    const password = secret();
    await emulator.admin.addFault({ effect: 'reset', method: 'POST', times: 1 });
    const error = await failure(widgetClient(emulator.baseUrl).request({ operation: 'log in', method: 'POST', path: '/reject', json: { password } }));
    expect(error.cause).toBeUndefined();
    expect(Object.values(error).filter((v) => typeof v === 'object' && v !== null)).toEqual([]);
    expectClean(renderings(error), password);
  });

  test('a PlatformError built by platform code is redacted with the same registry', () => {
    const redactor = new Redactor();
    redactor.register('hunter2-secret');
    const error = new PlatformError({ platform: 'openshift', operation: 'create authorization', kind: 'failed', status: 201, platformMessage: 'answer hunter2-secret has no token' }, redactor);
    expect(error.message).toBe(`OpenShift create authorization: HTTP 201: answer ${REDACTED} has no token`);
    expectClean(renderings(error), 'hunter2-secret');
  });
});

describe('Redactor', () => {
  test('a secret containing another is replaced whole', () => {
    const redactor = new Redactor();
    redactor.registerAll(['abcd', 'abcd.efgh']);
    expect(redactor.redact('token abcd.efgh and id abcd')).toBe(`token ${REDACTED} and id ${REDACTED}`);
  });

  test('URL, form and JSON encodings of a secret are hidden', () => {
    const redactor = new Redactor();
    redactor.register('p@ss w"rd');
    expect(redactor.redact('raw p@ss w"rd url p%40ss%20w%22rd form p%40ss+w%22rd json p@ss w\\"rd')).toBe(
      `raw ${REDACTED} url ${REDACTED} form ${REDACTED} json ${REDACTED}`,
    );
  });

  test('redactValue cleans every string of a JSON-like value', () => {
    const redactor = new Redactor();
    redactor.register('topsecret');
    expect(redactor.redactValue({ a: ['x topsecret'], b: { topsecret: 1 }, c: 2 })).toEqual({ a: [`x ${REDACTED}`], b: { [REDACTED]: 1 }, c: 2 });
  });

  test('onRegister hears each new secret once, e.g. to feed the framework\'s registry', () => {
    const heard: string[] = [];
    const redactor = new Redactor({ onRegister: (s) => heard.push(s) });
    redactor.registerAll(['one-secret', 'one-secret', '', undefined, 'two-secret']);
    expect(heard).toEqual(['one-secret', 'two-secret']);
  });
});
