// A PlatformHttpClient on the test platform, reading its `{"error": …}` bodies, with fast retries.
import { createPlatformHttpClient, type Logger, type LogFields, type PlatformHttpClientOptions, type PlatformHttpClient } from '../../src/provider/common';

export function widgetClient(baseUrl: string, options: Partial<PlatformHttpClientOptions> = {}): PlatformHttpClient {
  return createPlatformHttpClient({
    platform: 'vms',
    baseUrl,
    parseError: (response) => {
      const error = (response.body as { error?: unknown } | undefined)?.error;
      return typeof error === 'string' ? { message: error } : typeof response.body === 'string' && response.body !== '' ? { message: response.body } : undefined;
    },
    ...options,
    retry: { baseDelayMs: 10, maxDelayMs: 50, ...options.retry },
  });
}

export interface CapturedLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: LogFields | undefined;
}

/** A logger that keeps every line, for assertions on what clients log. */
export function captureLogger(onLine?: (line: CapturedLine) => void): Logger & { lines: CapturedLine[]; text(): string } {
  const lines: CapturedLine[] = [];
  const log = (level: CapturedLine['level']) => (message: string, fields?: LogFields) => {
    const line = { level, message, fields };
    lines.push(line);
    onLine?.(line);
  };
  return {
    lines,
    text: () => lines.map((l) => `${l.level} ${l.message} ${JSON.stringify(l.fields)}`).join('\n'),
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
}
