// Conversions at the protocol boundary only: DynamicValue bytes ↔ values, paths, diagnostics.
import { decodeJson } from '../cty/json-decode';
import { decodeMsgpack } from '../cty/msgpack-decode';
import { encodeMsgpack } from '../cty/msgpack-encode';
import type { CtyType } from '../cty/type';
import type { Value } from '../cty/value';
import type { Diagnostic } from '../diag/diagnostic';
import { AttributePath, type PathStep } from '../path';
import { redact } from '../redaction';
import {
  Diagnostic_Severity,
  type AttributePath as ProtoPath,
  type Diagnostic as ProtoDiagnostic,
  type DynamicValue,
} from './generated/tfplugin6';

/** Terraform sends msgpack; JSON is accepted when msgpack is empty; both empty (or absent) is null. */
export function decodeDynamicValue(dv: DynamicValue | undefined, type: CtyType): Value {
  if (dv === undefined) return null;
  if (dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
  if (dv.json.length > 0) return decodeJson(dv.json, type);
  return null;
}

export function encodeDynamicValue(v: Value, type: CtyType): DynamicValue {
  return { msgpack: Buffer.from(encodeMsgpack(v, type)), json: Buffer.alloc(0) };
}

export function pathToProto(path: AttributePath): ProtoPath {
  return {
    steps: path.steps.map((s) =>
      'attribute' in s
        ? { selector: { $case: 'attributeName' as const, value: s.attribute } }
        : 'key' in s
          ? { selector: { $case: 'elementKeyString' as const, value: s.key } }
          : { selector: { $case: 'elementKeyInt' as const, value: s.index } },
    ),
  };
}

export function pathFromProto(p: ProtoPath | undefined): AttributePath {
  const steps: PathStep[] = [];
  for (const s of p?.steps ?? []) {
    const sel = s.selector;
    if (sel?.$case === 'attributeName') steps.push({ attribute: sel.value });
    else if (sel?.$case === 'elementKeyString') steps.push({ key: sel.value });
    else if (sel?.$case === 'elementKeyInt') steps.push({ index: sel.value });
  }
  return AttributePath.of(steps);
}

/** Every diagnostic leaves through here, redacted; severity is never the proto default (INVALID). */
export function diagnosticsToProto(diagnostics: Iterable<Diagnostic>): ProtoDiagnostic[] {
  return [...diagnostics].map((d) => ({
    severity: d.severity === 'error' ? Diagnostic_Severity.ERROR : Diagnostic_Severity.WARNING,
    summary: redact(d.summary),
    detail: redact(d.detail),
    attribute: d.path && !d.path.isRoot ? pathToProto(d.path) : undefined,
  }));
}
