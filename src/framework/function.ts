// Provider-defined functions: `provider::<provider>::<name>(…)` in Terraform ≥ 1.8. Pure computations
// on their arguments (no API calls: Terraform may call them before the provider is configured).
import type { KnownTop } from './schema/infer';
import type { ValueType } from './schema/value-types';

export interface FunctionParameter<T> {
  readonly name: string;
  readonly type: ValueType<T>;
  readonly description?: string;
  /** Accept null for this argument (otherwise Terraform rejects null before calling). */
  readonly allowNull?: boolean;
  /** Accept unknown values (otherwise Terraform answers unknown without calling). */
  readonly allowUnknown?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyParameter = FunctionParameter<any>;

type ArgumentOf<P> = P extends FunctionParameter<infer T>
  ? (P extends { allowUnknown: true } ? KnownTop<T> | import('./cty/unknown').Unknown : T) | (P extends { allowNull: true } ? null : never)
  : never;

export type ArgumentsOf<P extends readonly AnyParameter[]> = { -readonly [K in keyof P]: ArgumentOf<P[K]> };

export interface FunctionDefinition<P extends readonly AnyParameter[], V, R> {
  readonly name: string;
  readonly summary: string;
  readonly description?: string;
  readonly deprecationMessage?: string;
  readonly parameters: P;
  /** Zero or more trailing arguments of one type. */
  readonly variadic?: FunctionParameter<V>;
  readonly returns: ValueType<R>;
  run(args: ArgumentsOf<P>, variadic: V[]): R | Promise<R>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFunction = FunctionDefinition<readonly AnyParameter[], any, any>;

/** Throw to fail a call with this text, optionally blaming one argument (0-based). */
export class FunctionError extends Error {
  constructor(
    readonly text: string,
    readonly argument?: number,
  ) {
    super(text);
    this.name = 'FunctionError';
  }
}

export function defineFunction<const P extends readonly AnyParameter[], V = never, R = unknown>(def: FunctionDefinition<P, V, R>): FunctionDefinition<P, V, R> {
  return def;
}
