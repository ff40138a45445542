// GetFunctions / CallFunction, and the functions map of GetProviderSchema (where Terraform reads them).
import { decodeDynamicValue, encodeDynamicValue } from '../protocol/convert';
import { StringKind, type CallFunction_Request, type CallFunction_Response, type FunctionMessage as ProtoFunction, type Function_Parameter } from '../protocol/generated/tfplugin6';
import { typeToJsonString } from '../cty/type-json';
import { ValueError } from '../cty/value-error';
import { AttributePath } from '../path';
import { redact } from '../redaction';
import { elementFromHandler, elementToHandler } from '../schema/value-types';
import { FunctionError, type AnyFunction, type FunctionParameter } from '../function';
import type { ProviderServer } from './provider-server';

export function functionsToProto(functions: readonly AnyFunction[]): Record<string, ProtoFunction> {
  return Object.fromEntries(
    functions.map((f) => [
      f.name,
      {
        parameters: f.parameters.map(parameterToProto),
        variadicParameter: f.variadic ? parameterToProto(f.variadic) : undefined,
        return: { type: Buffer.from(typeToJsonString(f.returns.cty)) },
        summary: f.summary,
        description: f.description ?? '',
        descriptionKind: StringKind.PLAIN,
        deprecationMessage: f.deprecationMessage ?? '',
      },
    ]),
  );
}

function parameterToProto(p: FunctionParameter<unknown>): Function_Parameter {
  return {
    name: p.name,
    type: Buffer.from(typeToJsonString(p.type.cty)),
    allowNullValue: p.allowNull === true,
    allowUnknownValues: p.allowUnknown === true,
    description: p.description ?? '',
    descriptionKind: StringKind.PLAIN,
  };
}

export async function callFunction(server: ProviderServer, req: CallFunction_Request): Promise<CallFunction_Response> {
  const fn = server.functions.get(req.name);
  if (!fn) return failure(`This provider defines no function named "${req.name}".`);
  const log = server.log.with({ tf_rpc: 'CallFunction', tf_function_name: req.name });
  try {
    const params = req.arguments.map((_, i) => fn.parameters[i] ?? fn.variadic);
    if (params.some((p) => p === undefined) || req.arguments.length < fn.parameters.length) {
      return failure(`${fn.name} takes ${fn.parameters.length}${fn.variadic ? ' or more' : ''} arguments, got ${req.arguments.length}.`);
    }
    const args = req.arguments.map((dv, i) => {
      const p = params[i]!;
      const at = AttributePath.ROOT.index(i);
      try {
        return elementToHandler(p.type, decodeDynamicValue(dv, p.type.cty), at);
      } catch (err) {
        if (err instanceof ValueError) throw new FunctionError(`Invalid value for ${p.name}: ${err.describe(false)}`, i);
        throw err;
      }
    });
    const result = await fn.run(args.slice(0, fn.parameters.length) as never, args.slice(fn.parameters.length));
    // Unknown (from an allowUnknown argument) and null are results like any other.
    const value = elementFromHandler(fn.returns, result, AttributePath.ROOT);
    return { result: encodeDynamicValue(value, fn.returns.cty), error: undefined };
  } catch (err) {
    if (err instanceof FunctionError) return failure(err.text, err.argument);
    log.debug('Function failed', { error: err instanceof Error ? err.message : String(err) });
    return failure(`${fn.name} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function failure(text: string, argument?: number): CallFunction_Response {
  return { result: undefined, error: { text: redact(text), functionArgument: argument } };
}
