import { inspect } from 'node:util';
import { createLogger, levelFromEnvironment, timestamp } from '../../../src/framework/logging/logger';
import { redact, registerSecret, Secret } from '../../../src/framework/redaction';

describe('hclog logger', () => {
  it('reads TF_LOG_PROVIDER_<NAME>, then TF_LOG_PROVIDER, then TF_LOG; JSON means trace; unset means off', () => {
    expect(levelFromEnvironment({ TF_LOG: 'DEBUG' }, 'x')).toBe('debug');
    expect(levelFromEnvironment({ TF_LOG: 'DEBUG', TF_LOG_PROVIDER: 'warn' }, 'x')).toBe('warn');
    expect(levelFromEnvironment({ TF_LOG_PROVIDER: 'warn', TF_LOG_PROVIDER_X: 'error' }, 'x')).toBe('error');
    expect(levelFromEnvironment({ TF_LOG: 'JSON' })).toBe('trace');
    expect(levelFromEnvironment({})).toBe('off');
  });

  it('writes one JSON object per line with string @-fields, and nothing below its level', () => {
    const lines: string[] = [];
    const log = createLogger({ module: 'provider.x', level: 'info', sink: (l) => lines.push(l) }).with({ tf_rpc: 'PlanResourceChange' });
    log.debug('hidden');
    log.info('shown', { count: 2, big: 10n });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ '@level': 'info', '@message': 'shown', '@module': 'provider.x', tf_rpc: 'PlanResourceChange', count: 2, big: '10' });
  });

  it('timestamps have exactly six fractional digits', () => {
    expect(timestamp()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('redacts registered secrets in messages and in fields at any depth, however they are escaped', () => {
    registerSecret('pa"ss\\word-xyz');
    const lines: string[] = [];
    const log = createLogger({ module: 'm', level: 'trace', sink: (l) => lines.push(l) });
    log.info('login with pa"ss\\word-xyz failed', { nested: { list: ['pa"ss\\word-xyz'] }, err: new Error('bad pa"ss\\word-xyz') });
    expect(lines[0]).not.toMatch(/ss\\\\word-xyz|ss\\word-xyz/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ '@message': 'login with (sensitive value) failed', nested: { list: ['(sensitive value)'] }, err: 'bad (sensitive value)' });
  });

  it('never registers trivially short values, which would redact unrelated text', () => {
    registerSecret('on');
    expect(redact('connection')).toBe('connection');
  });

  it('a Secret prints as redacted through toString, JSON and inspect', () => {
    const s = new Secret('the-real-credential');
    expect(`${s}`).toBe('(sensitive value)');
    expect(JSON.stringify({ s })).toBe('{"s":"(sensitive value)"}');
    expect(inspect({ s })).not.toContain('the-real-credential');
    expect(s.reveal()).toBe('the-real-credential');
    expect(redact('x the-real-credential y')).toBe('x (sensitive value) y');
  });
});

describe('redaction at scale', () => {
  it('redacts every one of thousands of secrets registered one by one between log lines', () => {
    // (Its speed is in `npm run bench`.)
    const lines: string[] = [];
    const log = createLogger({ module: 'm', level: 'trace', sink: (l) => lines.push(l) });
    for (let i = 0; i < 5000; i++) {
      registerSecret(`token-${i}-${'x'.repeat(24)}`);
      log.trace(`Read token ${i} with value token-${i}-${'x'.repeat(24)} from the list`);
    }
    expect(lines).toHaveLength(5000);
    expect(lines.every((l) => !/token-\d+-x{24}/.test(l) && l.includes('with value (sensitive value) from'))).toBe(true);
  });

  it('redacts the JSON-escaped form of a secret, as a quoted rendering shows it', () => {
    registerSecret('Pa"ssw0rd\\Secret');
    expect(redact(`got ${JSON.stringify('Pa"ssw0rd\\Secret')}`)).toBe('got "(sensitive value)"');
  });

  it('prefers the longest secret where two overlap', () => {
    registerSecret('abcd1234');
    registerSecret('abcd12345678');
    expect(redact('x abcd12345678 y abcd1234 z')).toBe('x (sensitive value) y (sensitive value) z');
  });
});
