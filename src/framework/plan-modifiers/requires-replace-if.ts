import type { PlanModifier, PlanModifierRequest } from './plan-modifier';

/** Replace the resource only when `condition` says so (the value must also differ from state). */
export function requiresReplaceIf<T>(description: string, condition: (req: PlanModifierRequest<T>) => boolean): PlanModifier<T> {
  return {
    description,
    modify(req) {
      return { requiresReplace: condition(req) };
    },
  };
}
