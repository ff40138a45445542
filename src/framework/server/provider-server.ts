// The provider as the protocol sees it: its definitions by type name, its configured data, the calls in
// flight (so StopProvider can cancel them). The RPCs themselves live one per file beside this one.
import type { AnyDataSource } from '../data-source';
import type { Diagnostics } from '../diag/diagnostics';
import type { AnyEphemeralResource } from '../ephemeral-resource';
import type { AnyFunction } from '../function';
import type { Logger } from '../logging/logger';
import type { AnyProvider } from '../provider';
import type { AnyResource } from '../resource';
import { validateDefinition } from '../schema/validate-definition';
import { CompiledSchema } from './compiled-schema';
import { describedSchema } from '../schema/described-schema';
import type { RpcHost } from './rpc-context';

export interface Registered<T> {
  readonly definition: T;
  readonly schema: CompiledSchema;
}

export class ProviderServer implements RpcHost {
  readonly providerSchema: CompiledSchema;
  readonly resources = new Map<string, Registered<AnyResource>>();
  readonly dataSources = new Map<string, Registered<AnyDataSource>>();
  readonly ephemeralResources = new Map<string, Registered<AnyEphemeralResource>>();
  readonly functions = new Map<string, AnyFunction>();
  private readonly inflight = new Set<AbortController>();
  private configured: { data: unknown } | undefined;

  constructor(
    readonly definition: AnyProvider,
    readonly log: Logger,
  ) {
    validateDefinition('provider', definition.name, definition.schema);
    this.providerSchema = new CompiledSchema(describedSchema(definition));
    for (const r of definition.resources) {
      this.checkPrefix(r.typeName);
      validateDefinition('resource', r.typeName, r.schema, { hasUpdate: typeof r.update === 'function' });
      this.register(this.resources, r.typeName, { definition: r, schema: new CompiledSchema(describedSchema(r), r.schema.version ?? 0) });
    }
    for (const d of definition.dataSources ?? []) {
      this.checkPrefix(d.typeName);
      validateDefinition('data source', d.typeName, d.schema);
      this.register(this.dataSources, d.typeName, { definition: d, schema: new CompiledSchema(describedSchema(d)) });
    }
    for (const e of definition.ephemeralResources ?? []) {
      this.checkPrefix(e.typeName);
      validateDefinition('ephemeral resource', e.typeName, e.schema);
      this.register(this.ephemeralResources, e.typeName, { definition: e, schema: new CompiledSchema(describedSchema(e)) });
    }
    for (const f of definition.functions ?? []) {
      if (!/^[a-z_][a-z0-9_]*$/.test(f.name) || this.functions.has(f.name)) throw new Error(`Function name ${f.name} is invalid or defined twice.`);
      this.functions.set(f.name, f);
    }
  }

  private checkPrefix(typeName: string): void {
    // Terraform picks the provider for a block from this prefix.
    if (!typeName.startsWith(`${this.definition.name}_`)) {
      throw new Error(`Type ${typeName} must start with "${this.definition.name}_", the provider's name.`);
    }
  }

  private register<T>(map: Map<string, Registered<T>>, name: string, entry: Registered<T>): void {
    if (map.has(name)) throw new Error(`Type ${name} is defined twice.`);
    map.set(name, entry);
  }

  track(controller: AbortController): () => void {
    this.inflight.add(controller);
    return () => this.inflight.delete(controller);
  }

  /** StopProvider: cancel what is running; the server keeps serving. */
  stopInFlight(): number {
    const n = this.inflight.size;
    for (const c of this.inflight) c.abort(Object.assign(new Error('Terraform asked the provider to stop'), { name: 'AbortError' }));
    return n;
  }

  /**
   * Terraform's Shutdown: lets the provider finish what waits for the end of the walk (its `close`),
   * within `budgetMs`; a failure is logged, never thrown.
   */
  async close(budgetMs: number): Promise<void> {
    const close = this.definition.close;
    if (close === undefined || this.configured === undefined) return;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(Object.assign(new Error('out of time before Terraform stops waiting'), { name: 'AbortError' })), budgetMs);
    const log = this.log.with({ tf_rpc: 'Shutdown' });
    try {
      await Promise.race([
        Promise.resolve(close({ data: this.configured.data, signal: controller.signal, log })),
        new Promise<void>((resolve) => controller.signal.addEventListener('abort', () => resolve(), { once: true })),
      ]);
    } catch (error) {
      log.warn('The provider failed while closing', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
    }
  }

  setConfigured(data: unknown): void {
    this.configured = { data };
  }

  /** The configured provider data, or an error diagnostic when ConfigureProvider has not succeeded. */
  providerData(diagnostics: Diagnostics): { data: unknown } | undefined {
    if (!this.configured) {
      diagnostics.error(
        'Provider Not Configured',
        'The provider was asked to act before it was configured. This usually follows an earlier configuration error; see the diagnostics above.',
      );
    }
    return this.configured;
  }

  /** The definition of a type and the configured provider data, or error diagnostics saying which is missing. */
  resolve<T>(map: Map<string, Registered<T>>, kind: string, typeName: string, diagnostics: Diagnostics): (Registered<T> & { data: unknown }) | undefined {
    const entry = this.lookup(map, kind, typeName, diagnostics);
    const configured = entry && this.providerData(diagnostics);
    return entry && configured ? { ...entry, data: configured.data } : undefined;
  }

  lookup<T>(map: Map<string, Registered<T>>, kind: string, typeName: string, diagnostics: Diagnostics): Registered<T> | undefined {
    const entry = map.get(typeName);
    if (!entry) diagnostics.error(`Unknown ${kind} Type`, `The provider ${this.definition.name} has no ${kind.toLowerCase()} type named "${typeName}".`);
    return entry;
  }
}
