// Attribute plan modifiers adjust one attribute's planned value, or ask for replacement, during
// PlanResourceChange. The framework runs them after defaults and "known after apply" marking.
import type { DeepUnknown } from '../schema/infer';
import type { AttributePath } from '../path';

export interface PlanModifierRequest<T> {
  readonly path: AttributePath;
  /** The configured value (null when unset); may be unknown during plan. */
  readonly config: DeepUnknown<T> | null;
  /** The value in state; null on create. */
  readonly prior: T | null;
  /** Whether the resource exists yet (false on create). */
  readonly resourceExists: boolean;
  /** The value planned so far. */
  readonly planned: DeepUnknown<T> | null;
}

export interface PlanModifierResponse<T> {
  /** Set to change the planned value. */
  planned?: DeepUnknown<T> | null;
  /** Set to replace the resource when the planned value differs from state. */
  requiresReplace?: boolean;
}

export interface PlanModifier<T> {
  /** Feeds the docs: "Changing this value forces replacement." */
  readonly description: string;
  modify(request: PlanModifierRequest<T>): PlanModifierResponse<T> | void;
}
