// The broker's response envelope (RestReply): every JSON answer, success or error, has this shape.
import { reply, type EmulatorReply } from '../http/emulator-reply';
import { SUPPORTED_API_VERSIONS, type ApiVersion } from './api-version';

export type MessageSeverity = 'debug' | 'info' | 'warning' | 'error' | 'result';

export interface BrokerMessage {
  /** 0 for info messages; the broker's error code, or null where it gives none. */
  readonly exit_code: number | null;
  readonly field: string | null;
  readonly index: number | null;
  readonly severity: MessageSeverity;
  readonly text: string;
}

export function brokerMessage(severity: MessageSeverity, text: string, exitCode: number | null = 0, field: string | null = null): BrokerMessage {
  return { exit_code: exitCode, field, index: null, severity, text };
}

/** Rails' status symbols for the statuses the broker answers. */
const STATUS_SYMBOLS: Record<number, string> = {
  200: 'ok',
  201: 'created',
  204: 'no_content',
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  406: 'not_acceptable',
  409: 'conflict',
  422: 'unprocessable_entity',
  500: 'internal_server_error',
  503: 'service_unavailable',
};

export function brokerReply(
  version: ApiVersion,
  status: number,
  body: { type: string | null; data: unknown; messages?: readonly BrokerMessage[] },
  headers: Record<string, string> = {},
): EmulatorReply {
  return reply.json(
    status,
    {
      api_version: Number(version),
      version,
      status: STATUS_SYMBOLS[status] ?? String(status),
      type: body.type,
      supported_api_versions: SUPPORTED_API_VERSIONS.map(Number),
      messages: body.messages ?? [],
      data: body.data,
    },
    headers,
    'application/json; charset=utf-8',
  );
}

/** An error answer: `data: null` and one error message. */
export function brokerError(version: ApiVersion, status: number, text: string, exitCode: number | null, field: string | null = null): EmulatorReply {
  return brokerReply(version, status, { type: null, data: null, messages: [brokerMessage('error', text, exitCode, field)] });
}
