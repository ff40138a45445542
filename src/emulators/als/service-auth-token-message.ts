// The request messages of /v2/service_auth_tokens, read as Cloud Controller reads them: the body is JSON
// whatever its Content-Type; the create message needs `label`, `provider` and `token` as strings, the
// update message takes any of them; other keys are ignored. A body that is not a JSON object, a missing
// required field or a non-string answers 400 CF-MessageParseError.
//
// [src] vcap-common's JsonMessage (lib/json_message.rb, `from_decoded_json`) drops every key whose value
// is JSON null before it looks at the fields: a null field is absent. So a create with `"provider": null`
// fails as a missing provider, and an update with `"token": null` keeps the token. A body that is JSON
// `null` itself is "Decoded JSON cannot be nil".
//
// [inferred] The detail text follows CC's later `Field: <name>, Error: <problem>` wording, with Ruby's
// class names of the time (CC ran on Ruby 1.9/2.0, hence `Fixnum`); an unreadable body is
// "invalid request body". The doc marks the exact wording [unknown].
import type { EmulatorRequest } from '../http/emulator-request';

export const SERVICE_AUTH_TOKEN_FIELDS = ['label', 'provider', 'token'] as const;
export type ServiceAuthTokenField = (typeof SERVICE_AUTH_TOKEN_FIELDS)[number];

export type ServiceAuthTokenMessage = Partial<Record<ServiceAuthTokenField, string>>;

export type ParsedMessage = { readonly ok: true; readonly message: ServiceAuthTokenMessage } | { readonly ok: false; readonly detail: string };

export function parseServiceAuthTokenMessage(request: EmulatorRequest, kind: 'create' | 'update'): ParsedMessage {
  let value: unknown;
  try {
    value = JSON.parse(request.rawBody.toString('utf8'));
  } catch {
    return { ok: false, detail: 'invalid request body' };
  }
  if (value === null) return { ok: false, detail: 'Decoded JSON cannot be nil' };
  if (typeof value !== 'object' || Array.isArray(value)) return { ok: false, detail: 'invalid request body' };
  const body = value as Record<string, unknown>;
  const problems: string[] = [];
  const message: ServiceAuthTokenMessage = {};
  for (const field of SERVICE_AUTH_TOKEN_FIELDS) {
    if (!Object.hasOwn(body, field) || body[field] === null) {
      if (kind === 'create') problems.push(`Field: ${field}, Error: Missing field ${field}`);
      continue;
    }
    const given = body[field];
    if (typeof given === 'string') message[field] = given;
    else problems.push(`Field: ${field}, Error: Expected instance of String, given an instance of ${rubyClassName(given)}`);
  }
  return problems.length === 0 ? { ok: true, message } : { ok: false, detail: problems.join(', ') };
}

/** Sequel's presence validation: a value that is empty or only whitespace is "not present". An absent field (an update that keeps it) is not checked. */
export function presenceProblems(values: ServiceAuthTokenMessage): string[] {
  return SERVICE_AUTH_TOKEN_FIELDS.filter((field) => values[field]?.trim() === '').map((field) => `${field} is not present`);
}

function rubyClassName(value: unknown): string {
  if (value === true) return 'TrueClass';
  if (value === false) return 'FalseClass';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Fixnum' : 'Float';
  if (Array.isArray(value)) return 'Array';
  return 'Hash';
}
