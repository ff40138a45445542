// What the server derives once per schema: its wire type and how its values convert for handlers.
import type { CtyType } from '../cty/type';
import { Unknown } from '../cty/unknown';
import { ValueError } from '../cty/value-error';
import type { Value } from '../cty/value';
import { registerSensitiveValues } from '../lifecycle/sensitive-values';
import { nullifyWriteOnly } from '../lifecycle/write-only';
import { AttributePath } from '../path';
import { blockValueType, impliedType, type BlockSchema } from '../schema/blocks';
import type { ValueType } from '../schema/value-types';
import { decodeDynamicValue } from '../protocol/convert';
import type { DynamicValue } from '../protocol/generated/tfplugin6';

export class CompiledSchema {
  readonly type: CtyType;
  private readonly handlerType: ValueType<Record<string, unknown>>;

  constructor(
    readonly schema: BlockSchema,
    readonly version = 0,
  ) {
    this.type = impliedType(schema);
    this.handlerType = blockValueType(schema) as unknown as ValueType<Record<string, unknown>>;
  }

  /** Decodes a value from Terraform and registers its sensitive strings for redaction. */
  decode(dv: DynamicValue | undefined): Value {
    const v = decodeDynamicValue(dv, this.type);
    // Terraform sends configuration, plans and state as objects whose attributes may be unknown; an
    // unknown in place of the whole object is not something it sends, and no handler could act on it.
    if (v instanceof Unknown) throw new ValueError(AttributePath.ROOT, 'the whole value is unknown, where Terraform always sends an object (whose attributes may be unknown)');
    registerSensitiveValues(this.schema, v);
    return v;
  }

  /** The value as handlers see it (unknowns stay Unknown instances). */
  toHandler<T>(v: Value): T {
    return this.handlerType.toHandler(v, AttributePath.ROOT) as T;
  }

  /** What a handler returned, checked against the schema; write-only attributes forced to null. */
  fromHandler(x: unknown): Value {
    const v = nullifyWriteOnly(this.schema, this.handlerType.fromHandler(x, AttributePath.ROOT));
    registerSensitiveValues(this.schema, v);
    return v;
  }
}
