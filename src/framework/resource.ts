// Managed resources. A resource file says what the platform API does; the framework owns Terraform's
// rules (planning, unknowns, replacement, consistency of results, write-only values).
import type { HandlerContext, PrivateState } from './context';
import type { AttributePath } from './path';
import type { BlockSchema } from './schema/blocks';
import type { AppliedConfig, Config, Plan, State } from './schema/infer';
import type { ResourceSchema } from './schema/resource-schema';
import type { ConfigValidator } from './validators/config-validators';

export interface CreateRequest<S extends ResourceSchema, P, D> extends HandlerContext<D> {
  readonly plan: Plan<S>;
  readonly config: AppliedConfig<S>;
  readonly private: PrivateState<P>;
  /**
   * Records that the remote object now exists. If the handler fails afterwards (an error, or Terraform
   * stopping it), this state is saved anyway — Terraform marks it tainted — so nothing created is lost.
   */
  created(state: State<S>): void;
}

export interface ReadRequest<S extends ResourceSchema, P, D> extends HandlerContext<D> {
  readonly state: State<S>;
  readonly private: PrivateState<P>;
}

export interface UpdateRequest<S extends ResourceSchema, P, D> extends HandlerContext<D> {
  readonly prior: State<S>;
  readonly plan: Plan<S>;
  readonly config: AppliedConfig<S>;
  readonly private: PrivateState<P>;
}

export interface DeleteRequest<S extends ResourceSchema, P, D> extends HandlerContext<D> {
  readonly state: State<S>;
  readonly private: PrivateState<P>;
}

export interface ImportRequest<P, D> extends HandlerContext<D> {
  readonly id: string;
  readonly private: PrivateState<P>;
}

export type PlannedAction = 'create' | 'update' | 'delete' | 'noop';

export interface ModifyPlanRequest<S extends ResourceSchema, P, D> extends HandlerContext<D> {
  readonly action: PlannedAction;
  readonly prior: State<S> | null;
  /** The plan so far, editable in place. Anything may be unknown while planning. Null when destroying. */
  readonly plan: Config<S> | null;
  readonly config: Config<S> | null;
  readonly private: PrivateState<P>;
  /** Ask for replacement because of the attribute at this path (its planned value must differ or be unknown). */
  requireReplace(path: AttributePath): void;
  /** Whether the plan so far replaces the resource (an attribute that requires replacement changes, or requireReplace was called). */
  readonly replacing: boolean;
}

export interface ValidateConfigRequest<S extends BlockSchema> {
  readonly config: Config<S>;
  readonly diagnostics: import('./diag/diagnostics').Diagnostics;
}

/** Upgrades state written by schema version `fromVersion` to version `fromVersion + 1`. */
export interface StateUpgrader {
  readonly fromVersion: number;
  /** The schema as it was at `fromVersion`: the raw JSON state is decoded against it. */
  readonly priorSchema: BlockSchema;
  /** Receives the old state (as decoded by priorSchema) and returns it in the next version's shape. */
  upgrade(prior: Record<string, unknown>): Record<string, unknown> | Promise<Record<string, unknown>>;
}

/**
 * Terraform moves state before it configures the provider, so a mover works from the source state alone
 * (no API clients); the refresh that follows fills in what the source did not have.
 */
export interface MoveStateRequest<P> extends Omit<HandlerContext<never>, 'provider'> {
  readonly source: { readonly typeName: string; readonly providerAddress: string; readonly schemaVersion: number };
  /** The source resource's stored state, decoded with the mover's `sourceSchema`. */
  readonly sourceState: Record<string, unknown>;
  readonly private: PrivateState<P>;
}

/** Adopts state from another resource type when a `moved` block says so. */
export interface StateMover<S extends ResourceSchema, P> {
  /** Only this source type (any when unset). */
  readonly sourceTypeName?: string;
  readonly sourceSchemaVersion?: number;
  /** The source's schema at that version: its raw state is decoded with it. */
  readonly sourceSchema: BlockSchema;
  /** Returns the state in this resource's shape, or null when this mover does not recognise the source. */
  move(req: MoveStateRequest<P>): Promise<State<S> | null>;
}

export interface ResourceDefinition<S extends ResourceSchema, P, D> {
  /** The full Terraform type name, e.g. `authtoken_vms_api_token`. */
  readonly typeName: string;
  readonly description: string;
  readonly markdownDescription?: string;
  readonly schema: S;
  create(req: CreateRequest<S, P, D>): Promise<State<S>>;
  /** Returns null when the remote object is gone (deleted, revoked, expired): Terraform plans to create it again. */
  read(req: ReadRequest<S, P, D>): Promise<State<S> | null>;
  /** Omit when every configurable attribute requires replacement. */
  update?(req: UpdateRequest<S, P, D>): Promise<State<S>>;
  delete(req: DeleteRequest<S, P, D>): Promise<void>;
  /** Returns the full state for an id given to `terraform import` or an `import` block; read() runs right after. */
  importState?(req: ImportRequest<P, D>): Promise<State<S>>;
  modifyPlan?(req: ModifyPlanRequest<S, P, D>): Promise<void> | void;
  validateConfig?(req: ValidateConfigRequest<S>): Promise<void> | void;
  /** Rules across attributes (`exactlyOneOf`, `requiredTogether`), checked at validate and plan time. */
  readonly configValidators?: readonly ConfigValidator[];
  /** Upgraders from each older schema version, applied in sequence. */
  readonly stateUpgraders?: readonly StateUpgrader[];
  /** Other resource types whose state a `moved` block may bring here. */
  readonly stateMovers?: readonly StateMover<S, P>[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyResource<D = any> = ResourceDefinition<any, any, D>;
