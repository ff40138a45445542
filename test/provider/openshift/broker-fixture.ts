// The broker emulator and clients on it, with fast retries, for the client's contract tests.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { openShiftEmulator } from '../../../src/emulators/openshift/openshift-emulator';
import type { OpenShiftState } from '../../../src/emulators/openshift/openshift-state';
import { PlatformError } from '../../../src/provider/common';
import { OpenShiftBrokerClient, type BrokerCredentials, type OpenShiftBrokerClientOptions } from '../../../src/provider/openshift';

export type Broker = RunningEmulator<OpenShiftState>;

export function startBroker(): Promise<Broker> {
  return startEmulator(openShiftEmulator);
}

export function adminCredentials(broker: Broker): BrokerCredentials {
  const { username, password } = broker.context.users.admin;
  return { username, password };
}

/** A client as the admin (Basic) unless told otherwise; retries fast. */
export function brokerClient(broker: Broker, options: Partial<OpenShiftBrokerClientOptions> = {}): OpenShiftBrokerClient {
  return new OpenShiftBrokerClient({
    server: broker.baseUrl,
    credentials: adminCredentials(broker),
    ...options,
    retry: { baseDelayMs: 5, maxDelayMs: 20, ...options.retry },
  });
}

/** The PlatformError a promise rejects with (fails the test on anything else). */
export async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}
