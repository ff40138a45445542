// Two requests the malformed-HTTP fuzz test found making an emulator fail (reported as its own error,
// answered 500 or not at all): a request target of "//", and a body over the 1 MiB limit sent with
// `Expect: 100-continue`, after which Node detaches the request's socket.
import { connect } from 'node:net';
import { startEmulators, type RunningEmulators } from '../../../src/emulators';

let emulators: RunningEmulators;
const errors: unknown[] = [];

beforeAll(async () => {
  emulators = await startEmulators({ reportError: (e) => errors.push(e) });
});
afterAll(() => emulators.stop());
afterEach(() => expect(errors).toEqual([]));

function raw(baseUrl: string, text: string, body: Buffer = Buffer.alloc(0)): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(baseUrl).port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', () => undefined);
    socket.end(Buffer.concat([Buffer.from(text), body]));
  });
}

test.each(['als', 'vms', 'openshift'] as const)('%s: a request for "//" is a path the platform does not serve, not an emulator failure', async (name) => {
  expect(await raw(emulators[name].baseUrl, 'GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 (404|401) /);
});

test.each(['als', 'vms', 'openshift'] as const)('%s: an oversized body after Expect: 100-continue is cut off, and the emulator serves on', async (name) => {
  const body = Buffer.alloc(1_200_000, 0x61);
  const answer = await raw(emulators[name].baseUrl, `POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${body.length}\r\n\r\n`, body);
  expect(answer).not.toMatch(/ 500 /);
  expect(await raw(emulators[name].baseUrl, 'GET /nothing-here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 (404|401|400) /);
});
