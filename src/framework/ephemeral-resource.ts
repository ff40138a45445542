// Ephemeral resources (Terraform ≥ 1.10): opened for one run, closed at its end, never stored in state.
import type { HandlerContext } from './context';
import type { BlockSchema } from './schema/blocks';
import type { AppliedConfig, State } from './schema/infer';
import type { ValidateConfigRequest } from './resource';
import type { ConfigValidator } from './validators/config-validators';

export interface OpenRequest<S extends BlockSchema, D> extends HandlerContext<D> {
  readonly config: AppliedConfig<S>;
}

export interface OpenResult<S extends BlockSchema, P> {
  readonly result: State<S>;
  /** When Terraform should call renew() if the run is still going. */
  readonly renewAt?: Date;
  /** Carried to renew() and close(); how close() finds what open() made. */
  readonly private?: P;
}

export interface RenewRequest<P, D> extends HandlerContext<D> {
  readonly private: P | null;
}

export interface RenewResult<P> {
  readonly renewAt?: Date;
  readonly private?: P;
}

export interface CloseRequest<P, D> extends HandlerContext<D> {
  readonly private: P | null;
}

export interface EphemeralResourceDefinition<S extends BlockSchema, P, D> {
  readonly typeName: string;
  readonly description: string;
  readonly markdownDescription?: string;
  readonly schema: S;
  open(req: OpenRequest<S, D>): Promise<OpenResult<S, P>>;
  renew?(req: RenewRequest<P, D>): Promise<RenewResult<P>>;
  close?(req: CloseRequest<P, D>): Promise<void>;
  validateConfig?(req: ValidateConfigRequest<S>): Promise<void> | void;
  /** Rules across attributes (`exactlyOneOf`, `requiredTogether`), checked at validate and plan time. */
  readonly configValidators?: readonly ConfigValidator[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEphemeralResource<D = any> = EphemeralResourceDefinition<any, any, D>;
