// What the configured provider hands every handler: one connection per platform, each building its
// client on first use.
import type { CreationLedger } from './adoption/creation-ledger';
import type { AlsClient } from './als';
import type { OpenShiftBrokerClient } from './openshift';
import type { PlatformConnection } from './platform-connection';
import type { VmsClient } from './vms';

export interface AuthtokenClients {
  readonly terraformVersion: string;
  readonly als: PlatformConnection<'als', AlsClient>;
  readonly vms: PlatformConnection<'vms', VmsClient>;
  readonly openshift: PlatformConnection<'openshift', OpenShiftBrokerClient>;
  /** The tokens this process created, and the creation markers still to remove (adoption/creation-ledger.ts). */
  readonly creations: CreationLedger;
}
