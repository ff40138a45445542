// The provider: its own configuration schema, how it configures its API clients, and the explicit
// lists of what it offers (no discovery by side effect: every type is reachable from here).
import type { DataSourceDefinition, AnyDataSource } from './data-source';
import type { Diagnostics } from './diag/diagnostics';
import type { EphemeralResourceDefinition, AnyEphemeralResource } from './ephemeral-resource';
import type { AnyFunction } from './function';
import type { Logger } from './logging/logger';
import type { AnyResource, ResourceDefinition, ValidateConfigRequest } from './resource';
import type { BlockSchema } from './schema/blocks';
import type { Config } from './schema/infer';
import type { ResourceSchema } from './schema/resource-schema';

export interface ConfigureRequest<S extends BlockSchema> {
  /** May contain unknown values while planning (e.g. a credential produced by another resource). */
  readonly config: Config<S>;
  readonly terraformVersion: string;
  readonly log: Logger;
  readonly diagnostics: Diagnostics;
}

export interface ProviderCloseRequest<D> {
  /** What configure returned. */
  readonly data: D;
  readonly signal: AbortSignal;
  readonly log: Logger;
}

export interface ProviderDefinition<S extends BlockSchema, D> {
  /** The provider type name: resources are named `<name>_…`. */
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly schema: S;
  configure(req: ConfigureRequest<S>): Promise<D> | D;
  /**
   * Terraform is done with this provider instance: it sent Shutdown, which it does only after it has
   * recorded the outcome of every call it made (the end of a plan or apply walk). Never called when
   * Terraform dies or the process is killed. Bounded: the signal aborts shortly before Terraform's
   * 2-second grace period ends.
   */
  close?(req: ProviderCloseRequest<D>): Promise<void> | void;
  validateConfig?(req: ValidateConfigRequest<S>): Promise<void> | void;
  readonly resources: readonly AnyResource<D>[];
  readonly dataSources?: readonly AnyDataSource<D>[];
  readonly ephemeralResources?: readonly AnyEphemeralResource<D>[];
  readonly functions?: readonly AnyFunction[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProvider = ProviderDefinition<any, any>;

/**
 * Definition helpers bound to a provider's configured data type, so every handler's `provider` is typed:
 * `const { resource } = definitions<MyClients>(); export const token = resource({ ... })`.
 */
export function definitions<D>() {
  return {
    resource: <const S extends ResourceSchema, P = never>(def: ResourceDefinition<S, P, D>) => def,
    dataSource: <const S extends BlockSchema>(def: DataSourceDefinition<S, D>) => def,
    ephemeralResource: <const S extends BlockSchema, P = never>(def: EphemeralResourceDefinition<S, P, D>) => def,
    provider: <const S extends BlockSchema>(def: ProviderDefinition<S, D>) => def,
  };
}
