// Terraform's Shutdown gives the provider its `close`: with the data configure returned, once, and
// bounded — a close that hangs is abandoned when its budget runs out (its signal aborts), so the plugin
// still exits within Terraform's 2-second grace period. An unconfigured provider has nothing to close.
import { createLogger } from '../../../src/framework/logging/logger';
import type { AnyProvider } from '../../../src/framework/provider';
import { configureProvider } from '../../../src/framework/server/configure-provider';
import { ProviderServer } from '../../../src/framework/server/provider-server';

function server(close: AnyProvider['close']): ProviderServer {
  const provider: AnyProvider = { name: 'test', version: '0.0.0', schema: { attributes: {} }, configure: () => ({ configured: 'yes' }), close, resources: [] };
  return new ProviderServer(provider, createLogger({ module: 'provider.test', level: 'off' }));
}

test('close gets the configured data and runs to its end within the budget', async () => {
  const seen: unknown[] = [];
  const s = server(async ({ data, signal }) => {
    await new Promise((r) => setTimeout(r, 50));
    seen.push(data, signal.aborted);
  });
  await configureProvider(s, { terraformVersion: '1.11.4', config: undefined, clientCapabilities: undefined });
  await s.close(1000);
  expect(seen).toEqual([{ configured: 'yes' }, false]);
});

test('a close that outlasts its budget is abandoned, its signal aborted', async () => {
  let aborted = false;
  const s = server(({ signal }) => new Promise<void>((resolve) => signal.addEventListener('abort', () => ((aborted = true), resolve()))).then(() => new Promise(() => {})));
  await configureProvider(s, { terraformVersion: '1.11.4', config: undefined, clientCapabilities: undefined });
  const started = Date.now();
  await s.close(200);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(aborted).toBe(true);
});

test('a close that fails is logged, not thrown; an unconfigured provider is not closed', async () => {
  let calls = 0;
  const failing = server(() => {
    calls++;
    throw new Error('boom');
  });
  await failing.close(200);
  expect(calls).toBe(0);
  await configureProvider(failing, { terraformVersion: '1.11.4', config: undefined, clientCapabilities: undefined });
  await expect(failing.close(200)).resolves.toBeUndefined();
  expect(calls).toBe(1);
});
