// A request body as DRF's parsers read it (JSON or form), as a map of fields, or the 400 to answer.
import type { EmulatorReply } from '../http/emulator-reply';
import type { EmulatorRequest } from '../http/emulator-request';
import { drfDetail, drfParseError, vmsMessage } from './drf-reply';

export type Fields = Readonly<Record<string, unknown>>;

export function requestFields(request: EmulatorRequest): { ok: true; fields: Fields } | { ok: false; reply: EmulatorReply } {
  const body = request.body;
  switch (body.kind) {
    case 'none':
      return { ok: true, fields: {} };
    case 'json':
      if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
        return { ok: false, reply: vmsMessage(400, 'Invalid data. Expected a dictionary.') };
      }
      return { ok: true, fields: body.value as Fields };
    case 'invalid-json':
      return { ok: false, reply: drfParseError(body.error) };
    case 'form':
      return { ok: true, fields: Object.fromEntries(body.value) };
    case 'other':
      return { ok: false, reply: drfDetail(415, `Unsupported media type "${body.contentType}" in request.`) };
  }
}
