// The three emulators under malformed HTTP, written raw on a socket: garbage bytes, broken request lines,
// lying or absurd Content-Length, broken chunked bodies, huge headers and bodies, bodies that are not what
// their Content-Type says, JSON nested thousands deep, wrong and garbage credentials, on real routes and
// made-up ones (fast-check, seeded). No handler may fail (an emulator bug reports an error and answers
// 500), and each emulator keeps answering well-formed requests throughout. It found two: a request for
// "//" (a URL parse that took it for a host: now an ordinary path) and an oversized body after which Node had detached the
// request's socket; malformed-requests.test.ts holds each.
import fc from 'fast-check';
import { connect } from 'node:net';
import { startEmulators, type RunningEmulators } from '../../src/emulators';
import { loginAdmin } from './als/als-http';

jest.setTimeout(180_000);

const RUNS = Number(process.env['FUZZ_HTTP_RUNS'] ?? 3_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261130);

let emulators: RunningEmulators;
const emulatorErrors: unknown[] = [];
let auth: Record<'als' | 'vms' | 'openshift', string>;

const PATHS = {
  als: ['/v2/info', '/v2/service_auth_tokens', '/v2/service_auth_tokens/00000000-0000-0000-0000-000000000000', '/uaa/oauth/token', '/v2/service_auth_tokens?q=label:mysql&results-per-page=200'],
  vms: ['/api/v5/apitokens/', '/api/latest/apitokens/abcd1234/', '/api/v5/apitokens/abcd1234/revoke/', '/api/token/', '/api/token/refresh/', '/api/v5/vms/', '/api/v5/vms/1/set_max_api_tokens_per_user/'],
  openshift: ['/broker/rest/api', '/broker/rest/user', '/broker/rest/user/authorizations', '/broker/rest/user/authorization/0123456789abcdef01234567', '/broker/rest/user/authorizations.json'],
} as const;

beforeAll(async () => {
  emulators = await startEmulators({ reportError: (e) => emulatorErrors.push(e) });
  const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
  const c = emulators.connection;
  auth = {
    als: `bearer ${(await loginAdmin(emulators.als)).access_token}`,
    vms: basic(c.vms.username, c.vms.password),
    openshift: basic(c.openshift.username, c.openshift.password),
  };
});

afterAll(() => emulators?.stop());

type Platform = keyof typeof PATHS;

/** Writes `bytes` and half-closes; resolves with what came back before the server closed (or 3 s passed). */
function exchange(platform: Platform, bytes: Buffer): Promise<string> {
  const { port } = new URL(emulators[platform].baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, 3000);
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('close', done);
    socket.on('error', done);
    socket.end(bytes);
  });
}

function deepJson(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

const method = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE') }, { weight: 1, arbitrary: fc.constantFrom('HEAD', 'OPTIONS', 'TRACE', 'BREW', '') });
const body = fc.oneof(
  fc.constant(''),
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"label":', '[1,2', 'null', '"just a string"', '{"name":{"$gt":""}}', '{"__proto__":{"admin":true}}', 'label=a&label=b&token=%zz', '%'),
  fc.integer({ min: 1_000, max: 50_000 }).map(deepJson),
  fc.integer({ min: 100_000, max: 1_500_000 }).map((n) => `{"name":"${'x'.repeat(n)}"}`),
  fc.record({ label: fc.string(), provider: fc.string(), token: fc.string(), name: fc.string(), expiry_date: fc.string(), scopes: fc.string(), note: fc.string(), expires_in: fc.oneof(fc.integer(), fc.string()) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
);
const contentType = fc.constantFrom(undefined, 'application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/json; charset=utf-16', 'multipart/form-data; boundary=', '\u00ff');

function request(platform: Platform): fc.Arbitrary<Buffer> {
  const path = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PATHS[platform]) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((s) => `/${encodeURIComponent(s)}`) },
    { weight: 1, arbitrary: fc.constantFrom('/%', '/..%2f..%2fetc/passwd', '//', '/api/v999/apitokens/', `/${'a'.repeat(20_000)}`, '*', '/broker/rest/user/authorization/%00') },
  );
  const credential = fc.constantFrom(auth[platform], undefined, 'Bearer ', 'Basic !!!!', 'Basic YWRtaW4=', `Api-Token ${'x'.repeat(9)}.y`, 'bearer expired.jwt.token');
  const wellFormed = fc.record({ method, path, credential, contentType, body, lengthLie: fc.constantFrom(0, 0, 0, 10, -5), extraHeader: fc.constantFrom('', 'X-Huge: ' + 'h'.repeat(70_000), 'Transfer-Encoding: chunked', 'Expect: 100-continue', 'Content-Length: 3') }).map(
    ({ method, path, credential, contentType, body, lengthLie, extraHeader }) => {
      const bodyBytes = Buffer.from(body, 'utf8');
      const headers = [
        `${method} ${path} HTTP/1.1`,
        'Host: 127.0.0.1',
        ...(credential === undefined ? [] : [`Authorization: ${credential}`]),
        ...(contentType === undefined ? [] : [`Content-Type: ${contentType}`]),
        ...(extraHeader.startsWith('Transfer-Encoding') ? [] : [`Content-Length: ${bodyBytes.length + lengthLie}`]),
        ...(extraHeader === '' ? [] : [extraHeader]),
        'Connection: close',
      ];
      const payload = extraHeader.startsWith('Transfer-Encoding') ? Buffer.from(`zz\r\n${body}\r\n0\r\n`) : bodyBytes;
      return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
    },
  );
  return fc.oneof({ weight: 5, arbitrary: wellFormed }, { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => Buffer.from(b)) });
}

async function stillServing(platform: Platform): Promise<void> {
  const answer = await exchange(platform, Buffer.from(`GET ${PATHS[platform][platform === 'als' ? 0 : platform === 'vms' ? 5 : 0]} HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth[platform]}\r\nConnection: close\r\n\r\n`));
  expect(answer).toMatch(/^HTTP\/1\.1 200 /);
}

test(`${RUNS} malformed HTTP requests to the three emulators: no handler fails, no 500, and each keeps serving`, async () => {
  const statuses = new Map<string, number>();
  let run = 0;
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom<Platform>('als', 'vms', 'openshift').chain((platform) => request(platform).map((bytes) => ({ platform, bytes }))),
      async ({ platform, bytes }) => {
        const answer = await exchange(platform, bytes);
        // The final status (after any 100 Continue).
        const status = [...answer.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1]!).filter((s) => s !== '100').pop() ?? 'no answer';
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status).not.toBe('500');
        expect(emulatorErrors).toEqual([]);
        if (++run % 100 === 0) await stillServing(platform);
      },
    ),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  for (const platform of ['als', 'vms', 'openshift'] as const) await stillServing(platform);
  process.stdout.write(
    `malformed-http: ${run} malformed requests (seed ${SEED}) to the three emulators in ${((Date.now() - started) / 1000).toFixed(1)} s, emulator errors ${emulatorErrors.length}; answers: ${[...statuses.entries()]
      .sort()
      .map(([s, n]) => `${s} ×${n}`)
      .join(', ')}\n`,
  );
});
