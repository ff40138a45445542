// Raw HTTP to the broker emulator, to see exactly what goes over the wire (no client logic).
import type { RunningEmulator } from '../../../src/emulators';
import type { OpenShiftState } from '../../../src/emulators/openshift/openshift-state';
import { send, type RawResponse } from '../../support/http';

export interface Envelope<Data = unknown> {
  api_version: number;
  version: string;
  status: string;
  type: string | null;
  supported_api_versions: number[];
  messages: { severity: string; text: string; exit_code: number | null; field: string | null; index: number | null }[];
  data: Data;
}

export interface WireAuthorization {
  id: string;
  identity: string;
  token: string;
  scopes: string;
  note: string | null;
  created_at: string;
  expires_in: number;
  expires_in_seconds: number;
  links?: Record<string, { method: string; href: string }>;
}

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export interface BrokerCall {
  method?: string;
  /** The Authorization header; absent sends none. */
  auth?: string;
  accept?: string;
  json?: unknown;
  form?: string;
  headers?: Record<string, string>;
}

export function brokerCall(broker: RunningEmulator<OpenShiftState>, path: string, call: BrokerCall = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { Accept: call.accept ?? 'application/json', ...call.headers };
  if (call.auth !== undefined) headers['Authorization'] = call.auth;
  let body: string | undefined;
  if (call.json !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.form !== undefined) {
    headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
    body = call.form;
  }
  return send(`${broker.baseUrl}/broker/rest${path}`, { method: call.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
}

/** The admin's Basic header. */
export function adminAuth(broker: RunningEmulator<OpenShiftState>): string {
  const admin = broker.context.users.admin;
  return basic(admin.username, admin.password);
}

/** Creates an authorization as the admin and answers it. */
export async function createAuthorization(broker: RunningEmulator<OpenShiftState>, json: Record<string, unknown>, auth = adminAuth(broker)): Promise<WireAuthorization> {
  const response = await brokerCall(broker, '/user/authorizations', { method: 'POST', auth, json });
  if (response.status !== 201 && response.status !== 200) throw new Error(`create answered ${response.status}: ${response.text}`);
  return response.json<Envelope<WireAuthorization>>().data;
}
