// Attribute validators and deprecation notices, run on configuration at validate time (values may be
// unknown then: validators only see known, non-null values).
import { Unknown } from '../cty/unknown';
import { ValueError } from '../cty/value-error';
import type { Value } from '../cty/value';
import type { Diagnostics } from '../diag/diagnostics';
import type { BlockSchema } from '../schema/blocks';
import { forEachAttribute, isSensitivePath } from './schema-walk';

export function validateAttributes(schema: BlockSchema, config: Value, diagnostics: Diagnostics): void {
  forEachAttribute(schema, config, (def, v, at) => {
    if (v === null) return;
    if (def.options.deprecationMessage !== undefined) diagnostics.warning('Attribute Deprecated', def.options.deprecationMessage, at);
    if (v instanceof Unknown) return;
    const sensitive = isSensitivePath(schema, at);
    let handlerValue: unknown;
    try {
      handlerValue = def.valueType.toHandler(v, at);
    } catch (err) {
      if (err instanceof ValueError) {
        diagnostics.error('Invalid Attribute Value', `${at.toString()} ${err.describe(!sensitive)}.`, err.path);
        return;
      }
      throw err;
    }
    for (const validator of def.options.validators ?? []) {
      validator.validate(handlerValue as never, {
        sensitive,
        error: (summary, detail = '') => diagnostics.error(summary, detail, at),
        warning: (summary, detail = '') => diagnostics.warning(summary, detail, at),
      });
    }
  });
}

/** Paths of write-only attributes that have a value in this configuration. */
export function configuredWriteOnlyPaths(schema: BlockSchema, config: Value): import('../path').AttributePath[] {
  const out: import('../path').AttributePath[] = [];
  forEachAttribute(schema, config, (def, v, at) => {
    if (def.writeOnly && v !== null) out.push(at);
  });
  return out;
}
