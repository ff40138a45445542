import type { HandlerContext } from './context';
import type { BlockSchema } from './schema/blocks';
import type { AppliedConfig, State } from './schema/infer';
import type { ValidateConfigRequest } from './resource';
import type { ConfigValidator } from './validators/config-validators';

export interface DataSourceReadRequest<S extends BlockSchema, D> extends HandlerContext<D> {
  readonly config: AppliedConfig<S>;
}

export interface DataSourceDefinition<S extends BlockSchema, D> {
  readonly typeName: string;
  readonly description: string;
  readonly markdownDescription?: string;
  readonly schema: S;
  /** Returns the whole state: configured values unchanged, computed ones filled in. */
  read(req: DataSourceReadRequest<S, D>): Promise<State<S>>;
  validateConfig?(req: ValidateConfigRequest<S>): Promise<void> | void;
  /** Rules across attributes (`exactlyOneOf`, `requiredTogether`), checked at validate and plan time. */
  readonly configValidators?: readonly ConfigValidator[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDataSource<D = any> = DataSourceDefinition<any, D>;
