// A pass-through HTTP proxy between a client and an emulator that records every credential and token that
// crosses the wire (Authorization headers, secret fields of request and response bodies), and on request
// makes every error answer quote the request's credentials and body back, as a careless platform might.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

const SECRET_FIELDS = new Set(['password', 'token', 'access', 'refresh']);

export interface RecordingProxy {
  readonly url: string;
  /** Every secret seen so far, each with its secret half for `<id>.<secret>` tokens and Basic's decoded password. */
  secrets(): string[];
  /** When on, every answer >= 400 becomes a JSON string quoting the request's Authorization header and body. */
  echo: boolean;
  stop(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const seen = new Set<string>();
  const note = (value: string | undefined) => {
    if (value === undefined || value === '') return;
    seen.add(value);
    const dot = value.indexOf('.');
    if (/^[A-Za-z0-9]{8}\./.test(value)) seen.add(value.slice(dot + 1));
  };
  const noteBody = (text: string) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return;
    }
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (typeof v === 'object' && v !== null) {
        for (const [key, inner] of Object.entries(v)) {
          if (SECRET_FIELDS.has(key) && typeof inner === 'string') note(inner);
          else visit(inner);
        }
      }
    };
    visit(value);
  };
  const noteAuthorization = (headers: IncomingHttpHeaders) => {
    const header = headers['authorization'];
    if (header === undefined) return;
    const credentials = header.slice(header.indexOf(' ') + 1);
    note(credentials);
    if (/^basic /i.test(header)) {
      const decoded = Buffer.from(credentials, 'base64').toString('utf8');
      note(decoded.slice(decoded.indexOf(':') + 1));
    }
  };

  const proxy: RecordingProxy = {
    url: '',
    echo: false,
    secrets: () => [...seen],
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      const requestBody = Buffer.concat(chunks).toString('utf8');
      noteAuthorization(incoming.headers);
      noteBody(requestBody);
      const forward = httpRequest(`${target}${incoming.url}`, { method: incoming.method, headers: incoming.headers, agent: false }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          let body = Buffer.concat(parts).toString('utf8');
          noteBody(body);
          const headers = { ...answer.headers };
          if (proxy.echo && (answer.statusCode ?? 0) >= 400) {
            body = JSON.stringify(`${body.trim()} (request: Authorization: ${incoming.headers['authorization'] ?? '-'}; body: ${requestBody})`);
            headers['content-type'] = 'application/json';
          }
          delete headers['content-length'];
          outgoing.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': Buffer.byteLength(body) });
          outgoing.end(body);
        });
      });
      // An injected reset on the emulator side resets the client's connection too.
      forward.on('error', () => incoming.socket.destroy());
      forward.end(requestBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(proxy, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}
