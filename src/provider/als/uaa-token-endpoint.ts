// The UAA/AOK token endpoint as the helion CLI calls it: `POST {authorization_endpoint}/oauth/token`
// with client `cf` and an empty secret (Basic `Y2Y6`), a form body, and the password or refresh grant.
// A grant is safe to repeat (at worst UAA issues one more token), so transient failures are retried.
import type { PlatformHttpClient } from '../common';
import type { UaaTokenResponse } from './als-models';

const TOKEN_PATH = '/oauth/token';

/** base64("cf:"): the `cf` client with an empty secret. */
const CF_CLIENT_AUTHORIZATION = 'Basic Y2Y6';

export class UaaTokenEndpoint {
  constructor(private readonly http: PlatformHttpClient) {}

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  passwordGrant(username: string, password: string, signal?: AbortSignal): Promise<UaaTokenResponse> {
    return this.#grant('log in', { grant_type: 'password', username, password }, [password], signal);
  }

  refreshGrant(refreshToken: string, signal?: AbortSignal): Promise<UaaTokenResponse> {
    return this.#grant('refresh access token', { grant_type: 'refresh_token', refresh_token: refreshToken }, [refreshToken], signal);
  }

  close(): void {
    this.http.close();
  }

  async #grant(operation: string, form: Record<string, string>, secrets: string[], signal: AbortSignal | undefined): Promise<UaaTokenResponse> {
    const response = await this.http.request<unknown>({
      operation,
      method: 'POST',
      path: TOKEN_PATH,
      route: TOKEN_PATH,
      form,
      headers: {
        Authorization: CF_CLIENT_AUTHORIZATION,
        Accept: 'application/json;charset=utf-8',
        'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8',
      },
      auth: false,
      idempotent: true,
      secrets,
      ...(signal === undefined ? {} : { signal }),
    });
    const body = response.body as Partial<UaaTokenResponse> | undefined;
    if (typeof body !== 'object' || body === null || typeof body.access_token !== 'string' || body.access_token === '') {
      throw this.http.error({ operation, kind: 'failed', status: response.status, platformMessage: 'the token answer has no access_token' });
    }
    return {
      access_token: body.access_token,
      token_type: typeof body.token_type === 'string' && body.token_type !== '' ? body.token_type : 'bearer',
      ...(typeof body.refresh_token === 'string' && body.refresh_token !== '' ? { refresh_token: body.refresh_token } : {}),
      ...(typeof body.expires_in === 'number' ? { expires_in: body.expires_in } : {}),
      ...(typeof body.scope === 'string' ? { scope: body.scope } : {}),
      ...(typeof body.jti === 'string' ? { jti: body.jti } : {}),
    };
  }
}
