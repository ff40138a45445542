// `authtoken emulate` as a real child process: the --json first line, the three APIs answering, HTTPS
// with --ca-file, and a clean exit on SIGTERM/SIGINT or when its parent goes away.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import type { EmulatorConnectionInfo } from '../../src/emulators';
import { send } from '../support/http';

let dir: string;
let bundle: string;

beforeAll(async () => {
  // The CLI exactly as `npm run build` bundles it, from the current sources.
  dir = mkdtempSync(join(tmpdir(), 'authtoken-cli-'));
  bundle = join(dir, 'authtoken.js');
  await build({ entryPoints: [join(__dirname, '../../src/cli/authtoken.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  child: ChildProcessWithoutNullStreams;
  firstLine: Promise<string>;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[], command: string[] = [process.execPath, bundle]): Run {
  const child = spawn(command[0]!, [...command.slice(1), ...args], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const firstLine = new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', () => reject(new Error(`exited before a line; stderr: ${stderr}`)));
  });
  firstLine.catch(() => undefined); // tests that expect no line never await it
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, firstLine, stderr: () => stderr, exit };
}

const basic = (user: { username: string; password: string }) => `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;

describe('authtoken emulate', () => {
  test('--json prints the connection line first, serves the three APIs, and exits 0 on SIGTERM', async () => {
    const emulate = run(['emulate', '--json']);
    const line = await emulate.firstLine;
    const connection = JSON.parse(line) as EmulatorConnectionInfo;
    expect(line).toBe(JSON.stringify(connection)); // one line of compact JSON
    expect(Object.keys(connection)).toEqual(['als', 'vms', 'openshift']);
    expect(Object.keys(connection.als)).toEqual(['api_endpoint', 'username', 'password']);
    expect(Object.keys(connection.vms)).toEqual(['endpoint', 'username', 'password']);
    expect(Object.keys(connection.openshift)).toEqual(['server', 'username', 'password']);

    expect((await send(`${connection.als.api_endpoint}/v2/info`)).status).toBe(200);
    expect((await send(`${connection.vms.endpoint}/api/latest/vms/`, { headers: { Authorization: basic(connection.vms) } })).status).toBe(200);
    expect((await send(`${connection.openshift.server}/broker/rest/api`)).json()).toMatchObject({ type: 'links' });
    expect((await send(`${connection.als.api_endpoint}/__emulator/requests`)).json()).toMatchObject({ counts: { 'GET /v2/info': 1 } });

    emulate.child.kill('SIGTERM');
    expect(await emulate.exit).toEqual({ code: 0, signal: null });
    expect(emulate.stderr()).toContain('authtoken emulate: stopped (SIGTERM)');
    await expect(send(`${connection.als.api_endpoint}/v2/info`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  test('without --json it prints the URLs and credentials for people, and exits 0 on SIGINT', async () => {
    const emulate = run(['emulate']);
    expect(await emulate.firstLine).toBe('authtoken emulators on loopback; Ctrl-C or SIGTERM stops them.');
    emulate.child.kill('SIGINT');
    expect((await emulate.exit).code).toBe(0);
  });

  test('--tls --ca-file serves HTTPS verified by the written CA', async () => {
    const caFile = join(dir, 'ca.pem');
    const emulate = run(['emulate', '--json', '--tls', '--ca-file', caFile]);
    const connection = JSON.parse(await emulate.firstLine) as EmulatorConnectionInfo;
    try {
      expect(connection.als.api_endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const ca = readFileSync(caFile, 'utf8');
      expect((await send(`${connection.openshift.server}/broker/rest/api`, { ca })).status).toBe(200);
    } finally {
      emulate.child.kill('SIGTERM');
      expect((await emulate.exit).code).toBe(0);
    }
  });

  test('it stops by itself when the process that started it goes away (npx forwards SIGTERM only to its shell)', async () => {
    // `; true` keeps sh as the parent, as npm's `sh -c` wrapper is.
    const shell = run([], ['sh', '-c', `"${process.execPath}" "${bundle}" emulate --json; true`]);
    const connection = JSON.parse(await shell.firstLine) as EmulatorConnectionInfo;
    shell.child.kill('SIGKILL');
    await shell.exit;
    const deadline = Date.now() + 5_000;
    let stopped = false;
    while (!stopped && Date.now() < deadline) {
      stopped = await send(`${connection.als.api_endpoint}/v2/info`).then(
        () => false,
        (e: NodeJS.ErrnoException) => e.code === 'ECONNREFUSED',
      );
      if (!stopped) await new Promise((r) => setTimeout(r, 100));
    }
    expect(stopped).toBe(true);
  });

  test('a state file that is not one fails the start with exit code 1', async () => {
    const stateFile = join(dir, 'not-state.json');
    writeFileSync(stateFile, '{"hello":"world"}');
    const emulate = run(['emulate', '--json', '--state-file', stateFile]);
    expect((await emulate.exit).code).toBe(1);
    expect(emulate.stderr()).toContain('is not an authtoken emulator state file');
  });

  test('an unknown option exits 2 with the usage', async () => {
    const emulate = run(['emulate', '--jsn']);
    expect((await emulate.exit).code).toBe(2);
    expect(emulate.stderr()).toContain("Unknown option '--jsn'");
    expect(emulate.stderr()).toContain('usage: authtoken emulate');
  });
});
