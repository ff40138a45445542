// PlanResourceChange: the framework applies Terraform's planning rules (defaults, write-only, known after
// apply, modifiers, replacement), lets the resource adjust the plan, then checks the plan is one Terraform
// will accept — reporting a precise provider bug instead of "Provider produced invalid plan".
import { valueEquals } from '../cty/compare';
import type { Value } from '../cty/value';
import { checkPlanValid, describeInconsistencies } from '../lifecycle/consistency';
import { applyDefaultsAndWriteOnly, markComputedUnknown, runAttributeModifiers } from '../lifecycle/plan-rules';
import { AttributePath } from '../path';
import { PrivateStateHolder } from '../private-state';
import { diagnosticsToProto, encodeDynamicValue, pathToProto } from '../protocol/convert';
import type { PlanResourceChange_Request, PlanResourceChange_Response } from '../protocol/generated/tfplugin6';
import type { PlannedAction } from '../resource';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

export function planResourceChange(server: ProviderServer, req: PlanResourceChange_Request): Promise<PlanResourceChange_Response> {
  const failed = (d: Parameters<typeof diagnosticsToProto>[0]): PlanResourceChange_Response => ({
    plannedState: undefined,
    requiresReplace: [],
    plannedPrivate: req.priorPrivate,
    diagnostics: diagnosticsToProto(d),
    legacyTypeSystem: false,
    deferred: undefined,
  });
  return runRpc(
    server,
    'PlanResourceChange',
    `planning of ${req.typeName}`,
    { tf_resource_type: req.typeName },
    async ({ diagnostics, signal, log }) => {
      const entry = server.resolve(server.resources, 'Resource', req.typeName, diagnostics);
      if (!entry) return failed(diagnostics);
      const { schema, type } = entry.schema;
      const def = entry.definition;
      const prior = entry.schema.decode(req.priorState);
      const proposed = entry.schema.decode(req.proposedNewState);
      const config = entry.schema.decode(req.config);
      const priv = new PrivateStateHolder(req.priorPrivate);
      const replace: AttributePath[] = [];
      const context = { provider: entry.data, signal, log, diagnostics, private: priv };

      if (proposed === null) {
        // Destroy: the plan must be null; modifyPlan may still object (e.g. the provider's own credential).
        if (def.modifyPlan) {
          await def.modifyPlan({ ...context, action: 'delete', prior: entry.schema.toHandler(prior), plan: null, config: null, requireReplace: () => {}, replacing: false });
        }
        return { ...failed(diagnostics), plannedState: encodeDynamicValue(null, type), plannedPrivate: priv.bytes() };
      }

      let planned: Value = applyDefaultsAndWriteOnly(schema, config, proposed);
      const changed = prior === null || !valueEquals(type, planned, prior);
      if (changed) planned = markComputedUnknown(schema, config, planned);
      planned = runAttributeModifiers(schema, config, prior, planned, diagnostics, replace, prior !== null);

      if (def.modifyPlan && !diagnostics.hasErrors()) {
        const action: PlannedAction = prior === null ? 'create' : changed ? 'update' : 'noop';
        const editable = entry.schema.toHandler<Record<string, unknown>>(planned);
        await def.modifyPlan({
          ...context,
          action,
          prior: prior === null ? null : entry.schema.toHandler(prior),
          plan: editable,
          config: entry.schema.toHandler(config),
          requireReplace: (path) => replace.push(path),
          get replacing() {
            return prior !== null && replace.length > 0;
          },
        });
        planned = entry.schema.fromHandler(editable);
      }
      if (diagnostics.hasErrors()) return failed(diagnostics);

      const problems = checkPlanValid(schema, prior, config, planned);
      if (problems.length > 0) {
        diagnostics.error(
          'Provider Produced Invalid Plan',
          `The plan for ${req.typeName} breaks rules Terraform enforces:\n${describeInconsistencies(problems)}\n\nThis is a bug in the provider (its plan modifiers or modifyPlan handler).`,
        );
        return failed(diagnostics);
      }

      // Terraform ignores replacement on create; on update it wants each path once, in a stable order.
      const paths = prior === null ? [] : dedupeSorted(replace);
      return {
        plannedState: encodeDynamicValue(planned, type),
        requiresReplace: paths.map(pathToProto),
        plannedPrivate: priv.bytes(),
        diagnostics: diagnosticsToProto(diagnostics),
        legacyTypeSystem: false,
        deferred: undefined,
      };
    },
    failed,
  );
}

function dedupeSorted(paths: AttributePath[]): AttributePath[] {
  const seen = new Map<string, AttributePath>();
  for (const p of paths) seen.set(p.toString(), p);
  return [...seen.values()].sort(AttributePath.compare);
}
