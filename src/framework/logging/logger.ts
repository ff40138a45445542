// Logging Terraform understands: one hclog JSON object per line on stderr. Terraform shows these under
// TF_LOG / TF_LOG_PROVIDER (and drops them otherwise), so below the configured level nothing is even
// formatted. Every string goes through `redact` before it is serialised, so a registered secret cannot
// leak through a message or a field, escaped or not.
import { performance } from 'node:perf_hooks';
import { redact } from '../redaction';

export type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';
export type Fields = Readonly<Record<string, unknown>>;

const RANK: Record<Level | 'off', number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4, off: 5 };

export interface Logger {
  trace(message: string, fields?: Fields): void;
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  enabled(level: Level): boolean;
  /** A logger whose lines all carry these fields. */
  with(fields: Fields): Logger;
  /** A logger for a sub-module: `provider` → `provider.authtoken`. */
  sub(name: string): Logger;
}

/** Reads TF_LOG_PROVIDER_<NAME>, then TF_LOG_PROVIDER, then TF_LOG, as Terraform's own SDKs do. */
export function levelFromEnvironment(env: NodeJS.ProcessEnv, providerName?: string): Level | 'off' {
  const raw = (providerName && env[`TF_LOG_PROVIDER_${providerName.toUpperCase()}`]) || env.TF_LOG_PROVIDER || env.TF_LOG || '';
  const v = raw.trim().toLowerCase();
  if (v === 'json') return 'trace';
  if (v in RANK) return v as Level | 'off';
  return v === '' ? 'off' : 'trace'; // Terraform treats an unknown non-empty level as TRACE
}

export type Sink = (line: string) => void;

export function createLogger(options: { module: string; level: Level | 'off'; sink?: Sink }): Logger {
  const sink: Sink = options.sink ?? ((line) => process.stderr.write(line));
  return new HclogLogger(options.module, RANK[options.level], sink, {});
}

class HclogLogger implements Logger {
  constructor(
    private readonly module: string,
    private readonly threshold: number,
    private readonly sink: Sink,
    private readonly fields: Fields,
  ) {}

  trace(message: string, fields?: Fields): void {
    this.log('trace', message, fields);
  }
  debug(message: string, fields?: Fields): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: Fields): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: Fields): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: Fields): void {
    this.log('error', message, fields);
  }

  enabled(level: Level): boolean {
    return RANK[level] >= this.threshold;
  }

  with(fields: Fields): Logger {
    return new HclogLogger(this.module, this.threshold, this.sink, { ...this.fields, ...fields });
  }

  sub(name: string): Logger {
    return new HclogLogger(`${this.module}.${name}`, this.threshold, this.sink, this.fields);
  }

  private log(level: Level, message: string, fields?: Fields): void {
    if (RANK[level] < this.threshold) return;
    const entry: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.fields)) if (!k.startsWith('@')) entry[k] = clean(v);
    if (fields) for (const [k, v] of Object.entries(fields)) if (!k.startsWith('@')) entry[k] = clean(v);
    // go-plugin type-asserts these three as strings; anything else would crash the host.
    entry['@level'] = level;
    entry['@message'] = redact(String(message));
    entry['@module'] = this.module;
    entry['@timestamp'] = timestamp();
    this.sink(`${JSON.stringify(entry)}\n`);
  }
}

function clean(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return redact(v);
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Error) return redact(v.message);
  if (depth > 4) return '[…]';
  if (Array.isArray(v)) return v.map((e) => clean(e, depth + 1));
  if (typeof v === 'object') {
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return clean((v as { toJSON(): unknown }).toJSON(), depth + 1);
    const out: Record<string, unknown> = {};
    for (const [k, e] of Object.entries(v as Record<string, unknown>)) out[k] = clean(e, depth + 1);
    return out;
  }
  return redact(String(v));
}

/** RFC 3339 with exactly six fractional digits, as go-plugin's parser requires. */
export function timestamp(): string {
  const micros = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  const iso = new Date(Math.floor(micros / 1000)).toISOString(); // …ss.mmmZ
  return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}Z`;
}
