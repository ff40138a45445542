// The broker's entry point: the API envelope, version negotiation and the authorization link relations
// with the scope description rhc parses.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { openShiftEmulator } from '../../../src/emulators/openshift/openshift-emulator';
import type { OpenShiftState } from '../../../src/emulators/openshift/openshift-state';
import { distanceOfTime } from '../../../src/emulators/openshift/scopes';
import { send } from '../../support/http';

interface Envelope {
  api_version: number;
  version: string;
  status: string;
  type: string | null;
  supported_api_versions: number[];
  messages: { severity: string; text: string; exit_code: number }[];
  data: Record<string, { method: string; href: string; optional_params: { name: string; description: string; valid_options: unknown[]; default_value: unknown }[] }>;
}

describe('OpenShift emulator', () => {
  let broker: RunningEmulator<OpenShiftState>;
  beforeAll(async () => {
    broker = await startEmulator(openShiftEmulator);
  });
  afterAll(() => broker.stop());

  test('GET /broker/rest/api answers the links envelope at 1.7 without auth', async () => {
    const response = await send(`${broker.baseUrl}/broker/rest/api`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(200);
    const body = response.json<Envelope>();
    expect(body).toMatchObject({ api_version: 1.7, version: '1.7', status: 'ok', type: 'links', messages: [] });
    expect(body.supported_api_versions).toEqual([1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7]);
    expect(body.data['ADD_AUTHORIZATION']).toMatchObject({ method: 'POST', href: `${broker.baseUrl}/broker/rest/user/authorizations` });
    expect(body.data['LIST_AUTHORIZATIONS']?.href).toBe(`${broker.baseUrl}/broker/rest/user/authorizations`);
    expect(body.data['SHOW_AUTHORIZATION']?.href).toBe(`${broker.baseUrl}/broker/rest/user/authorization/:id`);
  });

  test('ADD_AUTHORIZATION describes every advertised scope with its default validity, and the other parameters', async () => {
    const body = (await send(`${broker.baseUrl}/broker/rest/api`)).json<Envelope>();
    const params = body.data['ADD_AUTHORIZATION']!.optional_params;
    const scope = params.find((p) => p.name === 'scope')!;
    expect(scope.default_value).toBe('userinfo');
    expect(scope.valid_options).toEqual(['session', 'read', 'userinfo', 'domain/:id/view', 'domain/:id/edit', 'domain/:id/admin', 'application/:id/view', 'application/:id/edit', 'application/:id/admin']);
    const listed = [...scope.description.matchAll(/^\*\s+(\S+)$/gm)].map((m) => m[1]);
    expect(listed).toEqual(scope.valid_options);
    expect(scope.description).toMatch(/\*  session\n   .* Valid for 1 day\./);
    expect(scope.description).toMatch(/\*  read\n   .* Valid for about 1 month\./);
    expect(scope.description).not.toMatch(/sso|oauthaccesstoken|scale|report_deployments|builder/);
    expect(params.find((p) => p.name === 'expires_in')?.default_value).toBe(-1);
    expect(params.find((p) => p.name === 'reuse')).toMatchObject({ valid_options: [true, false], default_value: false });
  });

  test('the version comes from Accept; before 1.2 there are no authorization links', async () => {
    const body = (await send(`${broker.baseUrl}/broker/rest/api`, { headers: { Accept: 'application/json; version=1.1' } })).json<Envelope>();
    expect(body.version).toBe('1.1');
    expect(body.data['ADD_AUTHORIZATION']).toBeUndefined();
    expect(body.data['API']).toBeDefined();
  });

  test('rhc without a version gets 1.3', async () => {
    const body = (await send(`${broker.baseUrl}/broker/rest/api`, { headers: { 'User-Agent': 'rhc/1.38.7 (ruby 2.0.0)' } })).json<Envelope>();
    expect(body.version).toBe('1.3');
  });

  test('an unsupported version answers 406 with the supported list', async () => {
    const response = await send(`${broker.baseUrl}/broker/rest/api`, { headers: { Accept: 'application/json;version=2.0' } });
    expect(response.status).toBe(406);
    const body = response.json<Envelope>();
    expect(body).toMatchObject({ status: 'not_acceptable', data: null });
    expect(body.messages[0]).toMatchObject({ severity: 'error', exit_code: null, text: 'Requested API version 2.0 is not supported. Supported versions are 1.0,1.1,1.2,1.3,1.4,1.5,1.6,1.7' });
  });

  test('an unknown path answers the not-found envelope', async () => {
    const response = await send(`${broker.baseUrl}/broker/rest/nothing`);
    expect(response.status).toBe(404);
    expect(response.json<Envelope>()).toMatchObject({ status: 'not_found', type: null, data: null });
  });

  test.each([
    [86_400, '1 day'],
    [7 * 86_400, '7 days'],
    [30 * 86_400, 'about 1 month'],
    [180 * 86_400, '6 months'],
    [600, '10 minutes'],
  ])('%i seconds read as "%s", as Rails words it', (seconds, words) => {
    expect(distanceOfTime(seconds)).toBe(words);
  });
});
