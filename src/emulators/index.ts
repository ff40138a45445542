// The platform emulators: test doubles of HP Helion ALS, VAST VMS and the OpenShift v2 broker, faithful
// to status codes and error bodies, with fault injection, a request log and an admin API for tests.
// Start at `startEmulators`; a platform's contract with the shared server is `PlatformEmulator`.
export { startEmulators, type RunningEmulators, type StartEmulatorsOptions } from './start-emulators';
export type { EmulatorConnectionInfo, PlatformName } from './connection-info';
export { PLATFORM_NAMES, providerEnvironment } from './connection-info';
export { startEmulator, type RunningEmulator, type EmulatorServerOptions } from './server/emulator-server';
export { createEmulatorTls, type EmulatorTls } from './server/emulator-tls';
export { AdminActionError, type AdminAction, type PlatformContext, type PlatformEmulator } from './platform-emulator';
export { Router, type RouteHandler } from './http/router';
export { reply, type EmulatorReply } from './http/emulator-reply';
export type { EmulatorRequest, RequestBody, UnmatchedRequest } from './http/emulator-request';
export { parseAuthorizationHeader, parseBasicAuthorization } from './http/authorization-header';
export { EmulatorAdminClient, type EmulatorInfo } from './admin/admin-client';
export { ADMIN_PREFIX } from './admin/admin-prefix';
export type { FaultRule, FaultRuleSpec, FaultEffect, FaultScope, FaultStatus } from './faults/fault-rule';
export type { RequestLogEntry, RequestLogSnapshot, RequestOutcome } from './request-log/request-log';
export type { EmulatorUser, EmulatorUserSpec } from './users/user-directory';
