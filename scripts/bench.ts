// `npm run bench`: the benchmark table. Start-up is measured the way Terraform experiences it: exec of the
// plugin executable to its handshake line on stdout, next to `node -e 0` in the same run, interleaved so
// machine noise hits both alike. Also start → first RPC answered over mutual TLS, and memory.
import { credentials, makeGenericClientConstructor, Metadata, type Client } from '@grpc/grpc-js';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAGIC_COOKIE_VALUE } from '../src/framework/serve/handshake';
import { redact, registerSecret } from '../src/framework/redaction';
import { createSelfSignedCertificate } from '../src/framework/tls/self-signed-certificate';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const root = process.cwd(); // npm runs scripts from the package root
const plugin = join(root, 'dist/plugin', `terraform-provider-authtoken_v${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}`);
const clientCert = createSelfSignedCertificate({ organization: 'HashiCorp' });
const env = {
  PATH: process.env.PATH,
  TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
  PLUGIN_PROTOCOL_VERSIONS: '5,6',
  PLUGIN_MIN_PORT: '10000',
  PLUGIN_MAX_PORT: '25000',
  PLUGIN_CLIENT_CERT: clientCert.certPem,
};

// A raw client: the bench times the transport, so it neither encodes nor decodes messages.
const SchemaClient = makeGenericClientConstructor(
  {
    getProviderSchema: {
      path: '/tfplugin6.Provider/GetProviderSchema',
      requestStream: false,
      responseStream: false,
      requestSerialize: () => Buffer.alloc(0),
      requestDeserialize: (b: Buffer) => b,
      responseSerialize: (b: Buffer) => b,
      responseDeserialize: (b: Buffer) => b,
    },
  },
  'tfplugin6.Provider',
);

function nodeBaseline(): Promise<number> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('exit', () => resolve(performance.now() - t0));
  });
}

interface PluginRun {
  handshakeMs: number;
  firstRpcMs: number;
  rssKiB: number;
  schemaBytes: number;
}

function pluginRun(): Promise<PluginRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(plugin, [], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      if (out.includes('\n')) return;
      out += d.toString();
      if (!out.includes('\n')) return;
      const handshakeMs = performance.now() - t0;
      const [, , , address, , cert] = out.trim().split('|');
      const serverPem = new (require('node:crypto').X509Certificate)(Buffer.from(cert!, 'base64')).toString() as string;
      const client = new SchemaClient(
        `unix://${address}`,
        credentials.createSsl(Buffer.from(serverPem), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem)),
        { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' },
      ) as unknown as Client & { getProviderSchema: (r: Buffer, m: Metadata, cb: (e: Error | null, r: Buffer) => void) => void };
      client.getProviderSchema(Buffer.alloc(0), new Metadata(), (err, res) => {
        if (err) return reject(err);
        const firstRpcMs = performance.now() - t0;
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const rssKiB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        client.close();
        child.kill('SIGKILL');
        child.on('exit', () => resolve({ handshakeMs, firstRpcMs, rssKiB, schemaBytes: res.length }));
      });
    });
    child.on('error', reject);
  });
}

/** Redaction cost per log line with many secrets registered, e.g. a refresh of thousands of tokens. */
function redactionMicros(secrets: number): number {
  for (let i = 0; i < secrets; i++) registerSecret(`tok-${i}-${(i * 2654435761).toString(36)}-${'s'.repeat(20)}`);
  const line = `{"@level":"trace","@message":"Read token 4711 with value tok-4711-${(4711 * 2654435761).toString(36)}-${'s'.repeat(20)} from the list","@module":"provider.authtoken"}`;
  const rounds = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) redact(line);
  return ((performance.now() - t0) * 1000) / rounds;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  await nodeBaseline(); // warm the page cache for both before measuring
  await pluginRun();
  const baseline: number[] = [];
  const runs: PluginRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(await nodeBaseline());
    runs.push(await pluginRun());
  }
  const base = median(baseline);
  const hs = median(runs.map((r) => r.handshakeMs));
  const rpc = median(runs.map((r) => r.firstRpcMs));
  const rss = median(runs.map((r) => r.rssKiB));
  const rows: [string, string, string][] = [
    ['node -e 0 (exec → exit)', `${base.toFixed(1)} ms`, ''],
    ['plugin exec → handshake line', `${hs.toFixed(1)} ms`, `${(hs / base).toFixed(2)}× node -e 0 (target ≤ 1.50×) ${hs / base <= 1.5 ? 'MET' : 'NOT MET'}`],
    ['plugin exec → GetProviderSchema answered (mTLS)', `${rpc.toFixed(1)} ms`, `${(rpc / base).toFixed(2)}× node -e 0`],
    ['plugin peak RSS after first RPC', `${(rss / 1024).toFixed(1)} MiB`, `schema response ${runs[0]!.schemaBytes} bytes`],
    ['redact one log line, 5,000 secrets registered', `${redactionMicros(5000).toFixed(1)} µs`, 'linear in the line, not in the number of secrets'],
  ];
  console.log(`\nauthtoken benchmark (median of ${RUNS}, node ${process.version}, ${process.platform}/${process.arch})\n`);
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, note] of rows) console.log(`  ${name.padEnd(w)}  ${value.padStart(10)}  ${note}`);
  console.log('');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
