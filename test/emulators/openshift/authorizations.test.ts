// The authorizations API over the wire: the envelope, scope parsing, expiry defaults and clamping,
// reuse and its quirk, show/update/delete by id or token, delete all, the routes' forms and versions.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { openShiftEmulator } from '../../../src/emulators/openshift/openshift-emulator';
import type { OpenShiftState } from '../../../src/emulators/openshift/openshift-state';
import { randomHex } from '../../../src/emulators/random';
import { adminAuth, brokerCall, createAuthorization, type Envelope, type WireAuthorization } from './broker-http';

const DAY = 86_400;
const MONTH = 30 * DAY;
const INVALID_SCOPES =
  'One or more of the scopes you provided are not allowed. Valid scopes are session, read, userinfo, domain/:id/view, domain/:id/edit, domain/:id/admin, application/:id/view, application/:id/edit, and application/:id/admin.';

describe('OpenShift emulator: authorizations', () => {
  let broker: RunningEmulator<OpenShiftState>;
  let auth: string;
  beforeAll(async () => {
    broker = await startEmulator(openShiftEmulator);
    auth = adminAuth(broker);
  });
  afterAll(() => broker.stop());
  beforeEach(() => broker.admin.reset());

  const post = (json: unknown) => brokerCall(broker, '/user/authorizations', { method: 'POST', auth, json });
  const postForm = (form: string) => brokerCall(broker, '/user/authorizations', { method: 'POST', auth, form });
  const show = (idOrToken: string, accept?: string) => brokerCall(broker, `/user/authorization/${idOrToken}`, { auth, ...(accept === undefined ? {} : { accept }) });

  describe('create', () => {
    test('201 with the full envelope, a 64-hex token, a 24-hex id, the default scope userinfo and its default lifetime', async () => {
      const response = await post({});
      expect(response.status).toBe(201);
      const body = response.json<Envelope<WireAuthorization>>();
      expect(body).toMatchObject({ api_version: 1.7, version: '1.7', status: 'created', type: 'authorization', supported_api_versions: [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7] });
      expect(body.messages).toEqual([{ exit_code: 0, field: null, index: null, severity: 'info', text: 'Create authorization' }]);
      const data = body.data;
      expect(data.token).toMatch(/^[0-9a-f]{64}$/);
      expect(data.id).toMatch(/^[0-9a-f]{24}$/);
      expect(data).toMatchObject({ identity: 'admin', scopes: 'userinfo', note: null, expires_in: MONTH, expires_in_seconds: MONTH });
      expect(data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Object.keys(data.links ?? {})).toEqual(['GET', 'UPDATE', 'DELETE']);
      expect(data.links?.['UPDATE']).toMatchObject({ method: 'PUT', href: `${broker.baseUrl}/broker/rest/user/authorization/${data.id}` });
    });

    test.each([
      ['session', 'session'],
      ['Session, READ', 'session read'],
      ['read\tsession\nread,,session', 'read session'],
      ['  userinfo  ', 'userinfo'],
      ['', 'userinfo'],
    ])('scope %j is stored as %j (split on commas/whitespace, lower-cased, de-duplicated, order kept)', async (scope, stored) => {
      const data = (await post({ scope })).json<Envelope<WireAuthorization>>().data;
      expect(data.scopes).toBe(stored);
    });

    test('parameterized and hidden scopes are accepted; the id is a 24-hex ObjectId (any case)', async () => {
      const id = randomHex(24);
      const spec = `domain/${id.toUpperCase()}/view application/${id}/admin application/${id}/scale application/${id}/report_deployments sso oauthaccesstoken`;
      const data = (await post({ scope: spec })).json<Envelope<WireAuthorization>>().data;
      expect(data.scopes).toBe(`domain/${id}/view application/${id}/admin application/${id}/scale application/${id}/report_deployments sso oauthaccesstoken`);
    });

    test('`scopes` is read when `scope` is absent', async () => {
      expect((await post({ scopes: 'read' })).json<Envelope<WireAuthorization>>().data.scopes).toBe('read');
    });

    test.each([
      ['an unknown word', 'session bogus'],
      ['a non-ObjectId domain id', 'domain/mydomain/view'],
      ['a 23-hex id', `domain/${'a'.repeat(23)}/view`],
      ['an id of 40 characters', `domain/${'a'.repeat(40)}/edit`],
      ['an unknown level', `application/${'b'.repeat(24)}/owner`],
      ['the server-only builder scope', `domain/${'c'.repeat(24)}/builder`],
      ['a JSON list (the broker splits only strings)', ['session']],
      ['a number', 5],
    ])('%s: 422 with the exact message, exit_code 1, field "scopes"', async (_name, scope) => {
      const response = await post({ scope });
      expect(response.status).toBe(422);
      const body = response.json<Envelope>();
      expect(body).toMatchObject({ status: 'unprocessable_entity', type: null, data: null });
      expect(body.messages).toEqual([{ severity: 'error', text: INVALID_SCOPES, exit_code: 1, field: 'scopes', index: null }]);
    });

    test('form-encoded parameters work like JSON ones', async () => {
      const response = await postForm('scope=session&note=from+a+form&expires_in=3600');
      expect(response.status).toBe(201);
      expect(response.json<Envelope<WireAuthorization>>().data).toMatchObject({ scopes: 'session', note: 'from a form', expires_in: 3600 });
    });

    test('a note of 4096 characters is kept; 4097 is refused with 422 on "note" (the real broker probably answers 500)', async () => {
      const ok = await post({ note: 'n'.repeat(4096) });
      expect(ok.status).toBe(201);
      const tooLong = await post({ note: 'n'.repeat(4097) });
      expect(tooLong.status).toBe(422);
      expect(tooLong.json<Envelope>().messages[0]).toMatchObject({ text: 'Note is too long (maximum is 4096 characters)', field: 'note', exit_code: 1 });
    });

    test('a body that is not JSON is refused with 400', async () => {
      const response = await brokerCall(broker, '/user/authorizations', { method: 'POST', auth, headers: { 'Content-Type': 'application/json' }, form: '{nope' });
      expect(response.status).toBe(400);
    });
  });

  describe('expires_in: defaults and clamping per scope set', () => {
    test.each([
      ['session', undefined, DAY],
      ['session', 7 * DAY, 7 * DAY],
      ['session', 7 * DAY + 1, DAY],
      ['session', -5, DAY],
      ['read', undefined, MONTH],
      ['read', 180 * DAY, 180 * DAY],
      ['read', 180 * DAY + 1, MONTH],
      ['userinfo', 3600, 3600],
      // Several scopes: the smallest default and the smallest maximum.
      ['session read', undefined, DAY],
      ['session read', 30 * DAY, DAY],
      ['session read', 7 * DAY, 7 * DAY],
      ['oauthaccesstoken read', undefined, 600],
      ['oauthaccesstoken', 601, 600],
      // Ruby's Integer(): strings, prefixes, floats; anything else is -1, hence the default.
      ['read', '3600', 3600],
      ['read', ' 42 ', 42],
      ['read', '0x10', 16],
      ['read', '010', 8],
      ['read', '1_000', 1000],
      ['read', 90.9, 90],
      ['read', 'ninety', MONTH],
      ['read', '1.5', MONTH],
      ['read', '', MONTH],
      ['read', true, MONTH],
    ])('scope %j with expires_in %j lives %i s', async (scope, expiresIn, lifetime) => {
      const data = (await post({ scope, ...(expiresIn === undefined ? {} : { expires_in: expiresIn }) })).json<Envelope<WireAuthorization>>().data;
      expect(data.expires_in).toBe(lifetime);
    });

    test('expires_in 0 gives a token that is already expired: shown with 0 s left, not listed, refused as Bearer', async () => {
      const data = await createAuthorization(broker, { scope: 'session', expires_in: 0 });
      expect(data).toMatchObject({ expires_in: 0, expires_in_seconds: 0 });
      expect((await brokerCall(broker, '/user/authorizations', { auth })).json<Envelope<unknown[]>>().data).toEqual([]);
      expect((await brokerCall(broker, '/user', { auth: `Bearer ${data.token}` })).status).toBe(401);
    });

    test('expires_in_seconds counts down with the emulator clock and stops at 0', async () => {
      const data = await createAuthorization(broker, { scope: 'read', expires_in: 100 });
      await broker.admin.advanceClock(40);
      expect((await show(data.id)).json<Envelope<WireAuthorization>>().data.expires_in_seconds).toBe(60);
      await broker.admin.advanceClock(100);
      const expired = await show(data.id);
      expect(expired.status).toBe(200);
      expect(expired.json<Envelope<WireAuthorization>>().data).toMatchObject({ expires_in: 100, expires_in_seconds: 0 });
    });
  });

  describe('reuse', () => {
    test('JSON true answers the newest matching token with 200 "Reused existing"', async () => {
      await createAuthorization(broker, { scope: 'session', note: 'ci' });
      const newest = await createAuthorization(broker, { scope: 'session', note: 'ci' });
      const response = await post({ scope: 'session', note: 'ci', reuse: true });
      expect(response.status).toBe(200);
      const body = response.json<Envelope<WireAuthorization>>();
      expect(body.status).toBe('ok');
      expect(body.messages[0]?.text).toBe('Reused existing');
      expect(body.data.id).toBe(newest.id);
    });

    test('the quirk: the form string reuse=false asks for reuse (Ruby truthiness); JSON false does not', async () => {
      const existing = await createAuthorization(broker, { scope: 'read', note: 'n' });
      const viaForm = await postForm('scope=read&note=n&reuse=false');
      expect(viaForm.status).toBe(200);
      expect(viaForm.json<Envelope<WireAuthorization>>().data.id).toBe(existing.id);
      const viaJson = await post({ scope: 'read', note: 'n', reuse: false });
      expect(viaJson.status).toBe(201);
      const viaJsonString = await post({ scope: 'read', note: 'n', reuse: 'false' });
      expect(viaJsonString.status).toBe(200);
    });

    test('the scope string must be identical (order included); a given note must be equal; no note matches any note', async () => {
      const existing = await createAuthorization(broker, { scope: 'session read', note: 'mine' });
      expect((await post({ scope: 'read session', reuse: true })).status).toBe(201);
      expect((await post({ scope: 'session read', note: 'other', reuse: true })).status).toBe(201);
      const emptyNote = await post({ scope: 'session read', note: '', reuse: true });
      expect(emptyNote.status).toBe(201);
      const anyNote = await post({ scope: 'session, READ', reuse: true });
      expect(anyNote.status).toBe(200);
      expect(anyNote.json<Envelope<WireAuthorization>>().data.id).toBe(emptyNote.json<Envelope<WireAuthorization>>().data.id);
      const sameNote = await post({ scope: 'session read', note: 'mine', reuse: true });
      expect(sameNote.json<Envelope<WireAuthorization>>().data.id).toBe(existing.id);
    });

    test('a token needs more than min(600, expires_in/4) seconds left to be reused', async () => {
      const existing = await createAuthorization(broker, { scope: 'read', expires_in: 1000 });
      // Margins of half a minute either side: real time runs between the calls too.
      await broker.admin.advanceClock(370); // 630 s left > 600
      expect((await post({ scope: 'read', expires_in: 4000, reuse: true })).json<Envelope<WireAuthorization>>().data.id).toBe(existing.id);
      await broker.admin.advanceClock(60); // 570 s left
      expect((await post({ scope: 'read', expires_in: 4000, reuse: true })).status).toBe(201);
      // A short request lowers the bar: expires_in 2000 → 500 s.
      expect((await post({ scope: 'read', expires_in: 2000, reuse: true })).status).toBe(200);
    });

    test('only the 10 newest matching tokens are considered', async () => {
      const old = await createAuthorization(broker, { scope: 'read', note: 'x', expires_in: 100_000 });
      await broker.admin.advanceClock(1);
      for (let i = 0; i < 10; i++) await createAuthorization(broker, { scope: 'read', note: 'x', expires_in: 0 });
      const response = await post({ scope: 'read', note: 'x', reuse: true });
      expect(response.status).toBe(201);
      expect(response.json<Envelope<WireAuthorization>>().data.id).not.toBe(old.id);
    });
  });

  describe('list, show, update, delete', () => {
    test('list: newest first, expired and revoked hidden, "List authorizations"', async () => {
      const first = await createAuthorization(broker, { scope: 'read' });
      await broker.admin.advanceClock(1);
      const second = await createAuthorization(broker, { scope: 'session', expires_in: 10 });
      await broker.admin.advanceClock(1);
      const third = await createAuthorization(broker, { scope: 'userinfo' });
      const revoked = await createAuthorization(broker, { scope: 'userinfo' });
      await broker.admin.action('revoke', { id: revoked.id });
      const list = async () => (await brokerCall(broker, '/user/authorizations', { auth })).json<Envelope<WireAuthorization[]>>();
      const body = await list();
      expect(body).toMatchObject({ type: 'authorizations', status: 'ok' });
      expect(body.messages[0]?.text).toBe('List authorizations');
      expect(body.data.map((a) => a.id)).toEqual([third.id, second.id, first.id]);
      await broker.admin.advanceClock(10);
      expect((await list()).data.map((a) => a.id)).toEqual([third.id, first.id]);
      // The revoked one still shows by id: the REST model has no revoked field.
      expect((await show(revoked.id)).status).toBe(200);
    });

    test('show by id or by token; `.json` suffix stripped; the plural legacy route answers the same', async () => {
      const data = await createAuthorization(broker, { scope: 'read', note: 'n' });
      for (const path of [`/user/authorization/${data.id}`, `/user/authorization/${data.token}`, `/user/authorization/${data.id}.json`, `/user/authorizations/${data.id}`]) {
        const response = await brokerCall(broker, path, { auth });
        expect(response.status).toBe(200);
        const body = response.json<Envelope<WireAuthorization>>();
        expect(body.messages[0]?.text).toBe('Display authorization');
        expect(body.data).toMatchObject({ id: data.id, token: data.token, note: 'n' });
      }
    });

    test('show or update of an unknown id: 404 "The requested authorization was not found.", exit_code 129', async () => {
      for (const method of ['GET', 'PUT']) {
        const response = await brokerCall(broker, `/user/authorization/${randomHex(24)}`, { method, auth, ...(method === 'PUT' ? { json: { note: 'x' } } : {}) });
        expect(response.status).toBe(404);
        expect(response.json<Envelope>()).toMatchObject({ status: 'not_found', type: null, data: null });
        expect(response.json<Envelope>().messages).toEqual([
          { severity: 'error', text: 'The requested authorization was not found.', exit_code: 129, field: null, index: null },
        ]);
      }
    });

    test('update changes only the note ("Change authorization"); without `note` nothing changes; null clears it', async () => {
      const data = await createAuthorization(broker, { scope: 'read', note: 'before', expires_in: 500 });
      const put = (json: unknown, path = `/user/authorization/${data.id}`) => brokerCall(broker, path, { method: 'PUT', auth, json });
      const changed = await put({ note: 'after', expires_in: 5, scope: 'session' });
      expect(changed.status).toBe(200);
      expect(changed.json<Envelope<WireAuthorization>>().messages[0]?.text).toBe('Change authorization');
      expect(changed.json<Envelope<WireAuthorization>>().data).toMatchObject({ note: 'after', expires_in: 500, scopes: 'read' });
      expect((await put({}, `/user/authorizations/${data.token}`)).json<Envelope<WireAuthorization>>().data.note).toBe('after');
      expect((await put({ note: null })).json<Envelope<WireAuthorization>>().data.note).toBeNull();
      expect((await put({ note: 'x'.repeat(4097) })).status).toBe(422);
    });

    test('delete by id: 200, type and data null, "Authorization <id> is revoked."; then 404', async () => {
      const data = await createAuthorization(broker, {});
      const response = await brokerCall(broker, `/user/authorization/${data.id}`, { method: 'DELETE', auth });
      expect(response.status).toBe(200);
      expect(response.json<Envelope>()).toMatchObject({ status: 'ok', type: null, data: null });
      expect(response.json<Envelope>().messages[0]).toMatchObject({ severity: 'info', text: `Authorization ${data.id} is revoked.`, exit_code: 0 });
      expect((await show(data.id)).status).toBe(404);
    });

    test('delete by token, through the plural route', async () => {
      const data = await createAuthorization(broker, {});
      expect((await brokerCall(broker, `/user/authorizations/${data.token}`, { method: 'DELETE', auth })).status).toBe(200);
      expect((await show(data.id)).status).toBe(404);
    });

    test('delete of an unknown id is not an error: 200 with the same message', async () => {
      const id = randomHex(24);
      const response = await brokerCall(broker, `/user/authorization/${id}`, { method: 'DELETE', auth });
      expect(response.status).toBe(200);
      expect(response.json<Envelope>().messages[0]?.text).toBe(`Authorization ${id} is revoked.`);
    });

    test('API 1.4 and older: deletes answer 204 without a body; 1.5 answers 200', async () => {
      const data = await createAuthorization(broker, {});
      const old = await brokerCall(broker, `/user/authorization/${data.id}`, { method: 'DELETE', auth, accept: 'application/json; version=1.4' });
      expect(old.status).toBe(204);
      expect(old.text).toBe('');
      expect(old.headers['x-openshift-identity']).toBe('admin');
      expect((await brokerCall(broker, '/user/authorizations', { method: 'DELETE', auth, accept: 'application/json;version=1.3' })).status).toBe(204);
      expect((await brokerCall(broker, '/user/authorizations', { method: 'DELETE', auth, accept: 'application/json;version=1.5' })).status).toBe(200);
    });

    test('delete all: every token of the caller; `scope=s` only those whose scope list holds exactly s', async () => {
      const userId = (await brokerCall(broker, '/user', { auth })).headers['x-openshift-identity-id'] as string;
      const both = await createAuthorization(broker, { scope: 'session userinfo' });
      const info = await createAuthorization(broker, { scope: 'userinfo' });
      const read = await createAuthorization(broker, { scope: 'read' });

      const bogus = await brokerCall(broker, '/user/authorizations?scope=bogus', { method: 'DELETE', auth });
      expect(bogus.json<Envelope>().messages[0]?.text).toBe(`All authorizations for ${userId} with scope bogus are revoked.`);
      expect((await brokerCall(broker, '/user/authorizations?scope=USERINFO', { method: 'DELETE', auth })).status).toBe(200);
      expect((await show(info.id)).status).toBe(200);

      expect((await brokerCall(broker, '/user/authorizations?scope=userinfo', { method: 'DELETE', auth })).status).toBe(200);
      expect((await show(both.id)).status).toBe(404);
      expect((await show(info.id)).status).toBe(404);
      expect((await show(read.id)).status).toBe(200);

      const all = await brokerCall(broker, '/user/authorizations', { method: 'DELETE', auth });
      expect(all.json<Envelope>()).toMatchObject({ status: 'ok', type: null, data: null });
      expect(all.json<Envelope>().messages[0]?.text).toBe(`All authorizations for ${userId} are revoked.`);
      expect((await show(read.id)).status).toBe(404);
    });
  });

  describe('versions and links', () => {
    test('the envelope reports the negotiated version; rhc without a version gets 1.3', async () => {
      const data = await createAuthorization(broker, {});
      const v15 = await show(data.id, 'application/json; version=1.5');
      expect(v15.json<Envelope>()).toMatchObject({ api_version: 1.5, version: '1.5' });
      const rhc = await brokerCall(broker, `/user/authorization/${data.id}`, { auth, headers: { 'User-Agent': 'rhc/1.38.7' } });
      expect(rhc.json<Envelope>()).toMatchObject({ version: '1.3' });
      const viaContentType = await brokerCall(broker, `/user/authorization/${data.id}`, { auth, accept: '*/*', headers: { 'Content-Type': 'application/json; version=1.6' } });
      expect(viaContentType.json<Envelope>().version).toBe('1.6');
    });

    test.each([['version=2.0', '2.0'], ['version=1.8', '1.8'], ['version=abc', '0.0']])('Accept %s: 406 naming %s', async (parameter, named) => {
      const response = await brokerCall(broker, '/user/authorizations', { auth, accept: `application/json; ${parameter}` });
      expect(response.status).toBe(406);
      expect(response.json<Envelope>()).toMatchObject({ status: 'not_acceptable', data: null, version: '1.7' });
      expect(response.json<Envelope>().messages[0]?.text).toBe(`Requested API version ${named} is not supported. Supported versions are 1.0,1.1,1.2,1.3,1.4,1.5,1.6,1.7`);
    });

    test('`;nolinks` in Accept or `nolinks=true` leaves links out; an invalid nolinks value is a 422 (code 167)', async () => {
      const data = await createAuthorization(broker, {});
      expect((await show(data.id)).json<Envelope<WireAuthorization>>().data.links).toBeDefined();
      expect((await show(data.id, 'application/json;nolinks')).json<Envelope<WireAuthorization>>().data.links).toBeUndefined();
      expect((await show(`${data.id}?nolinks=TRUE`)).json<Envelope<WireAuthorization>>().data.links).toBeUndefined();
      const bad = await show(`${data.id}?nolinks=maybe`);
      expect(bad.status).toBe(422);
      expect(bad.json<Envelope>().messages[0]).toMatchObject({ text: "Invalid value 'maybe'. Valid options: [true, false]", exit_code: 167 });
    });

    test('an unrouted path or method answers the not-found envelope', async () => {
      expect((await brokerCall(broker, '/user/authorizations/x/y', { auth })).status).toBe(404);
      const post = await brokerCall(broker, `/user/authorization/${randomHex(24)}`, { method: 'POST', auth });
      expect(post.status).toBe(404);
      expect(post.json<Envelope>()).toMatchObject({ status: 'not_found', data: null });
    });
  });
});
