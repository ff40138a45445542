// PlatformError as the framework's diagnostic source: the summary names platform and operation, the
// detail the HTTP status and the platform's own message (or why no answer came), what to do for a
// passing failure whose retries ran out and for a limit; never a secret. Answers come over real HTTP.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { TerraformError } from '../../../src/framework/diag/terraform-error';
import { PlatformError, Redactor, type PlatformErrorDetails } from '../../../src/provider/common';
import { widgetClient } from '../../support/client';
import { errorCollector, testPlatform, type WidgetState } from '../../support/test-platform';
import { randomAlphanumeric } from '../../../src/emulators/random';

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}

const build = (details: PlatformErrorDetails, redactor = new Redactor()) => new PlatformError(details, redactor);

describe('PlatformError.toDiagnostic', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform(), { reportError: errorCollector().report });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  test('an answer: the platform and operation in the summary; status, the platform\'s message and its code in the detail', () => {
    const error = build({
      platform: 'als',
      operation: 'create service auth token',
      kind: 'invalid',
      status: 400,
      platformMessage: 'The service auth token label is taken: mysql-core',
      platformCode: 'CF-ServiceAuthTokenLabelTaken',
    });
    expect(error.toDiagnostic()).toEqual({
      severity: 'error',
      summary: 'ALS create service auth token failed',
      detail: 'ALS answered HTTP 400 Bad Request to create service auth token: The service auth token label is taken: mysql-core (ALS code CF-ServiceAuthTokenLabelTaken).',
    });
  });

  test('the field the platform blamed is named; a message ending in a full stop gets no second one', () => {
    const error = build({ platform: 'openshift', operation: 'add authorization', kind: 'invalid', status: 422, platformMessage: 'One or more of the scopes you provided are not allowed.', platformCode: 1, field: 'scopes' });
    expect(error.toDiagnostic().detail).toBe(
      'OpenShift answered HTTP 422 Unprocessable Entity to add authorization: One or more of the scopes you provided are not allowed. (OpenShift code 1). OpenShift named the field "scopes".',
    );
    const forbidden = build({ platform: 'vms', operation: 'create API token', kind: 'forbidden', status: 403, platformMessage: 'You do not have permission to perform this action.' });
    expect(forbidden.toDiagnostic()).toEqual({
      severity: 'error',
      summary: 'VMS create API token failed',
      detail: 'VMS answered HTTP 403 Forbidden to create API token: You do not have permission to perform this action.',
    });
  });

  test('a transient failure over real HTTP whose retries ran out says so, with the number of attempts', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'GET' });
    const client = widgetClient(emulator.baseUrl);
    const error = await failure(client.request({ operation: 'list widgets', method: 'GET', path: '/widgets' }));
    expect(error.toDiagnostic()).toEqual({
      severity: 'error',
      summary: 'VMS list widgets failed',
      detail: 'VMS answered HTTP 503 Service Unavailable to list widgets: Service Unavailable. The failure looks temporary; the provider retried and gave up after 8 attempts (retries exhausted). Try again later.',
    });
    client.close();
  });

  test('a transient failure of a call that is never repeated says it was not retried', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 502, method: 'POST', times: 1 });
    const client = widgetClient(emulator.baseUrl);
    const error = await failure(client.request({ operation: 'create widget', method: 'POST', path: '/widgets', json: { name: 'w' } }));
    expect(error.toDiagnostic().detail).toBe(
      'VMS answered HTTP 502 Bad Gateway to create widget: Bad Gateway. The failure looks temporary, but the call was not tried again. Try again later.',
    );
    client.close();
  });

  test('no answer: the detail says what happened on the way', async () => {
    const closed = await startEmulator(testPlatform());
    const url = closed.baseUrl;
    await closed.stop();
    const client = widgetClient(url);
    const error = await failure(client.request({ operation: 'list widgets', method: 'GET', path: '/widgets' }));
    expect(error.toDiagnostic()).toEqual({
      severity: 'error',
      summary: 'VMS list widgets failed',
      detail: 'VMS did not answer list widgets: connection refused (ECONNREFUSED). The failure looks temporary; the provider retried and gave up after 8 attempts (retries exhausted). Try again later.',
    });
    client.close();
  });

  test('a limit says trying again will not help', () => {
    const error = build({ platform: 'vms', operation: 'create API token', kind: 'limit', status: 503, platformMessage: 'Max allowed API tokens reached' });
    expect(error.toDiagnostic().detail).toBe(
      'VMS answered HTTP 503 Service Unavailable to create API token: Max allowed API tokens reached. This is a limit of VMS, not a passing failure: trying again will not help until some capacity is freed or the limit is raised.',
    );
  });

  test('a cancelled call reads as cancelled; a client-side failure as the client\'s words', () => {
    expect(build({ platform: 'als', operation: 'delete service auth token', kind: 'aborted', platformMessage: 'cancelled' }).toDiagnostic()).toEqual({
      severity: 'error',
      summary: 'ALS delete service auth token cancelled',
      detail: 'The call to ALS to delete service auth token was cancelled before it finished.',
    });
    const refused = build({ platform: 'vms', operation: 'revoke API token', kind: 'conflict', platformMessage: 'refusing to revoke API token AbCd1234: it is the credential this client authenticates with' });
    expect(refused.toDiagnostic().detail).toBe('VMS revoke API token: refusing to revoke API token AbCd1234: it is the credential this client authenticates with.');
  });

  test('the framework takes a thrown PlatformError as a diagnostic source', () => {
    const error = build({ platform: 'openshift', operation: 'list authorizations', kind: 'forbidden', status: 403, platformMessage: 'This action is not allowed with your current authorization.', platformCode: 1 });
    expect(TerraformError.toDiagnostic(error, 'read authtoken_openshift_authorization')).toEqual(error.toDiagnostic());
  });

  test('it stays redacted: a platform that quotes the request body back shows no secret in summary or detail', async () => {
    const secret = `pw-${randomAlphanumeric(20)}`;
    const client = widgetClient(emulator.baseUrl);
    const error = await failure(client.request({ operation: 'create widget', method: 'POST', path: '/reject', json: { name: 'w', password: secret } }));
    const diagnostic = error.toDiagnostic();
    expect(diagnostic.detail).toContain('rejected:');
    expect(JSON.stringify(diagnostic)).not.toContain(secret);
    client.close();

    const redactor = new Redactor();
    redactor.register(secret);
    const everywhere = build({ platform: 'als', operation: `create ${secret}`, kind: 'invalid', status: 400, platformMessage: `bad ${secret}`, platformCode: secret, field: secret }, redactor);
    expect(JSON.stringify(everywhere.toDiagnostic())).not.toContain(secret);
  });
});
