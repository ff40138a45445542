// A pass-through HTTP proxy in front of an emulator that records every secret crossing it: credentials and
// bearer tokens in Authorization headers, passwords in request bodies, and token values in answers (API
// tokens, authorizations, access and refresh tokens, JWTs). A test that sends the provider through these
// proxies knows every secret of the run — ephemeral tokens included, which no state holds — and can search
// logs and outputs for each.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

const SECRET_FIELDS = new Set(['token', 'access_token', 'refresh_token', 'access', 'refresh', 'password', 'id_token']);

export interface SecretRecordingProxy {
  readonly url: string;
  /** Every secret seen so far. */
  readonly secrets: ReadonlySet<string>;
  stop(): Promise<void>;
}

export async function startSecretRecordingProxy(target: string): Promise<SecretRecordingProxy> {
  const secrets = new Set<string>();
  const record = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 6) secrets.add(value);
  };
  const server = createServer((incoming, outgoing) => {
    const authorization = incoming.headers.authorization;
    if (authorization !== undefined) {
      const [scheme, credential] = authorization.split(/\s+/, 2);
      record(credential);
      if (scheme?.toLowerCase() === 'basic' && credential !== undefined) {
        const decoded = Buffer.from(credential, 'base64').toString('utf8');
        record(decoded.slice(decoded.indexOf(':') + 1));
      }
    }
    const requestChunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => requestChunks.push(c));
    const forward = httpRequest(`${target}${incoming.url}`, { method: incoming.method, headers: incoming.headers, agent: false }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        harvest(Buffer.concat(chunks).toString('utf8'), answer.headers['content-type'], record);
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        outgoing.end(Buffer.concat(chunks));
      });
    });
    forward.on('error', () => incoming.socket.destroy());
    incoming.on('end', () => {
      const body = Buffer.concat(requestChunks);
      harvest(body.toString('utf8'), incoming.headers['content-type'], record);
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    secrets,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function harvest(text: string, contentType: string | undefined, record: (v: unknown) => void): void {
  if (text === '') return;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(text)) if (SECRET_FIELDS.has(k)) record(v);
    return;
  }
  try {
    walk(JSON.parse(text), record);
  } catch {
    // not JSON: nothing to harvest
  }
}

function walk(value: unknown, record: (v: unknown) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, record);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_FIELDS.has(k)) {
        record(v);
        // A VMS API token is `<id>.<secret>`: the secret part alone is a secret too.
        if (typeof v === 'string' && /^[A-Za-z0-9]+\.\S{8,}$/.test(v)) record(v.slice(v.indexOf('.') + 1));
      }
      walk(v, record);
    }
  }
}
