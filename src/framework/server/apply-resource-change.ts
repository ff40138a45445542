// ApplyResourceChange: create, update or delete, then hold the result to the plan. A create that fails
// after the remote object exists still returns that object (Terraform saves it as tainted), so an error or
// Ctrl-C never loses a token from state.
import { unknownPaths } from '../cty/compare';
import type { Value } from '../cty/value';
import { checkCompatible, describeInconsistencies } from '../lifecycle/consistency';
import { PrivateStateHolder } from '../private-state';
import { diagnosticsToProto, encodeDynamicValue } from '../protocol/convert';
import type { ApplyResourceChange_Request, ApplyResourceChange_Response } from '../protocol/generated/tfplugin6';
import { mapAttributes } from '../lifecycle/schema-walk';
import { Unknown } from '../cty/unknown';
import type { ProviderServer } from './provider-server';
import { runRpc } from './rpc-context';

export function applyResourceChange(server: ProviderServer, req: ApplyResourceChange_Request): Promise<ApplyResourceChange_Response> {
  // What to hand back if the handler fails: undefined keeps the prior state; a value is saved (tainted on create).
  let fallback: { value: Value; encode: (v: Value) => ApplyResourceChange_Response['newState'] } | undefined;
  let privateBytes: Buffer = Buffer.from(req.plannedPrivate ?? Buffer.alloc(0));
  const respond = (d: Parameters<typeof diagnosticsToProto>[0]): ApplyResourceChange_Response => ({
    newState: fallback ? fallback.encode(fallback.value) : undefined,
    private: privateBytes,
    diagnostics: diagnosticsToProto(d),
    legacyTypeSystem: false,
  });
  return runRpc(
    server,
    'ApplyResourceChange',
    `apply of ${req.typeName}`,
    { tf_resource_type: req.typeName },
    async ({ diagnostics, signal, log }) => {
      const entry = server.resolve(server.resources, 'Resource', req.typeName, diagnostics);
      if (!entry) return respond(diagnostics);
      const { schema, type } = entry.schema;
      const def = entry.definition;
      const encode = (v: Value) => encodeDynamicValue(v, type);
      const prior = entry.schema.decode(req.priorState);
      const planned = entry.schema.decode(req.plannedState);
      const config = entry.schema.decode(req.config);
      const priv = new PrivateStateHolder(req.plannedPrivate);
      const context = { provider: entry.data, signal, log, diagnostics, private: priv };

      if (planned === null) {
        await def.delete({ ...context, state: entry.schema.toHandler(prior) });
        if (diagnostics.hasErrors()) return respond(diagnostics);
        privateBytes = Buffer.alloc(0);
        return { newState: encode(null), private: privateBytes, diagnostics: diagnosticsToProto(diagnostics), legacyTypeSystem: false };
      }

      let result: unknown;
      if (prior === null) {
        result = await def.create({
          ...context,
          plan: entry.schema.toHandler(planned),
          config: entry.schema.toHandler(config),
          created: (state) => {
            fallback = { value: withoutUnknowns(entry.schema.schema, entry.schema.fromHandler(state)), encode };
            privateBytes = priv.bytes();
          },
        });
      } else {
        if (!def.update) throw new Error(`${req.typeName} has no update handler, yet an in-place update was planned`);
        result = await def.update({ ...context, prior: entry.schema.toHandler(prior), plan: entry.schema.toHandler(planned), config: entry.schema.toHandler(config) });
      }
      privateBytes = priv.bytes();
      const next = entry.schema.fromHandler(result);
      fallback = { value: next, encode };

      const unknown = unknownPaths(type, next);
      if (unknown.length > 0) {
        fallback = { value: withoutUnknowns(schema, next), encode };
        diagnostics.error(
          'Provider Returned Unknown Values After Apply',
          `After ${prior === null ? 'creating' : 'updating'} ${req.typeName}, the provider left these attributes unknown: ${unknown.join(', ')}. Every attribute must be known after apply; Terraform will store them as null. This is a bug in the provider.`,
        );
      }
      const problems = checkCompatible(schema, planned, next);
      if (problems.length > 0) {
        diagnostics.error(
          'Provider Produced Inconsistent Result After Apply',
          `The ${prior === null ? 'create' : 'update'} handler of ${req.typeName} returned values that differ from the plan:\n${describeInconsistencies(problems)}\n\nValues known at plan time must be returned unchanged. This is a bug in the provider.`,
        );
      }
      return respond(diagnostics);
    },
    respond,
  );
}

/** Terraform stores unknowns left after apply as null; do it here so the saved object is well-formed. */
function withoutUnknowns(schema: import('../schema/blocks').BlockSchema, v: Value): Value {
  return mapAttributes(schema, v, (_def, x) => (x instanceof Unknown ? null : x));
}
