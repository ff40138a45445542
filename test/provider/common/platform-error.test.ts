// PlatformError reads as a diagnostic: platform, operation, HTTP status and the platform's own message.
import { PlatformError, Redactor, type PlatformErrorDetails } from '../../../src/provider/common';

const build = (details: PlatformErrorDetails) => new PlatformError(details, new Redactor());

describe('PlatformError', () => {
  test('names platform, operation, status and the platform\'s own message', () => {
    const error = build({
      platform: 'als',
      operation: 'create service auth token',
      kind: 'invalid',
      status: 400,
      platformMessage: 'The service auth token label is taken: mysql-core',
      platformCode: 'CF-ServiceAuthTokenLabelTaken',
    });
    expect(error.message).toBe('ALS create service auth token: HTTP 400: The service auth token label is taken: mysql-core');
    expect(error).toMatchObject({ platform: 'als', status: 400, platformCode: 'CF-ServiceAuthTokenLabelTaken', retryable: false, attempts: 1 });
  });

  test('without a message of the platform\'s own, the status text stands in', () => {
    expect(build({ platform: 'vms', operation: 'revoke API token', kind: 'failed', status: 500 }).message).toBe('VMS revoke API token: HTTP 500: Internal Server Error');
  });

  test('a failure without an answer says what happened, and how many attempts were made', () => {
    const error = build({
      platform: 'openshift',
      operation: 'list authorizations',
      kind: 'transient',
      networkCode: 'ECONNRESET',
      platformMessage: 'the connection was reset before an answer arrived (ECONNRESET)',
      attempts: 4,
    });
    expect(error.message).toBe('OpenShift list authorizations: the connection was reset before an answer arrived (ECONNRESET) (after 4 attempts)');
    expect(error.retryable).toBe(true);
  });

  test('the stack starts with the name and the message', () => {
    const error = build({ platform: 'vms', operation: 'create API token', kind: 'limit', status: 503, platformMessage: 'Max allowed API tokens reached' });
    expect(error.stack?.split('\n')[0]).toBe('PlatformError: VMS create API token: HTTP 503: Max allowed API tokens reached');
    expect(error).toBeInstanceOf(Error);
  });

  test('JSON carries the classification fields', () => {
    const error = build({ platform: 'openshift', operation: 'create authorization', kind: 'invalid', status: 422, platformMessage: 'bad scope', platformCode: 1, field: 'scopes' });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'PlatformError',
      message: 'OpenShift create authorization: HTTP 422: bad scope',
      platform: 'openshift',
      operation: 'create authorization',
      kind: 'invalid',
      status: 422,
      platformMessage: 'bad scope',
      platformCode: 1,
      field: 'scopes',
      attempts: 1,
      retryable: false,
    });
  });
});
