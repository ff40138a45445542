// One platform as the configured provider holds it: its settings, and its API client, built on first use
// (a plan that touches only VMS never builds, nor checks, the ALS client). Every way of not having a
// usable client is one TerraformError that names the provider block and the environment variables.
import { TerraformError } from '../framework';
import { PLATFORM_DISPLAY_NAMES, PlatformError, type PlatformName } from './common';
import { PLATFORM_ADDRESS_ARGUMENT, PLATFORM_VARIABLES, type PlatformArguments, type PlatformSettings } from './platform-settings';

export type ClientFactory<K extends PlatformName, C> = (values: PlatformArguments<K>) => C;

export class PlatformConnection<K extends PlatformName, C> {
  #client: C | undefined;

  constructor(
    readonly platform: K,
    readonly settings: PlatformSettings<K>,
    private readonly factory: ClientFactory<K, C>,
  ) {}

  /** True while the provider configuration waits on values known only at apply. */
  get unknown(): boolean {
    return this.settings.status === 'unknown';
  }

  /** The client, built on first use. Throws a TerraformError when the platform is not (fully) configured. */
  client(): C {
    if (this.#client !== undefined) return this.#client;
    const settings = this.settings;
    const name = PLATFORM_DISPLAY_NAMES[this.platform];
    if (settings.status === 'absent') throw this.#notConfigured();
    if (settings.status === 'unknown') {
      throw new TerraformError(
        `${name} Configuration Unknown`,
        `The provider's ${this.platform} block depends on values known only after apply (${settings.unknownArguments.join(', ')}), so the provider cannot reach ${name} yet. Apply what those values come from first (for example with -target), then run this again.`,
      );
    }
    if ((settings.values as Readonly<Record<string, unknown>>)[PLATFORM_ADDRESS_ARGUMENT[this.platform]] === undefined) throw this.#notConfigured();
    try {
      this.#client = this.factory(settings.values);
    } catch (error) {
      if (error instanceof TerraformError) throw error;
      const reason = error instanceof PlatformError ? (error.platformMessage ?? error.message) : error instanceof Error ? error.message : String(error);
      throw new TerraformError(`Invalid ${name} Configuration`, `${reason}.\n\n${this.#howToConfigure()}`);
    }
    return this.#client;
  }

  /**
   * The plan-time check: fails unless the platform is configured well enough to build its client. A
   * configuration still unknown passes (it is checked again at apply, once known). Makes no API call.
   */
  checkConfigured(): void {
    if (this.settings.status !== 'unknown') this.client();
  }

  #notConfigured(): TerraformError {
    const name = PLATFORM_DISPLAY_NAMES[this.platform];
    return new TerraformError(`${name} Not Configured`, `This needs the provider to reach ${name}, which is not configured.\n\n${this.#howToConfigure()}`);
  }

  #howToConfigure(): string {
    const variables = PLATFORM_VARIABLES[this.platform] as Readonly<Record<string, string>>;
    const address = PLATFORM_ADDRESS_ARGUMENT[this.platform];
    const credentials = CREDENTIAL_HINTS[this.platform];
    return (
      `Configure it in the provider's ${this.platform} block (${address} = ..., ${credentials.arguments}) or set the environment variables ` +
      `${variables[address]} and ${credentials.variables}.`
    );
  }
}

const CREDENTIAL_HINTS: Readonly<Record<PlatformName, { arguments: string; variables: string }>> = {
  als: { arguments: 'username and password, access_token, or token_file', variables: 'ALS_USERNAME with ALS_PASSWORD, ALS_ACCESS_TOKEN, or ALS_TOKEN_FILE' },
  vms: { arguments: 'api_token, or username and password; optionally tenant', variables: 'VMS_API_TOKEN, or VMS_USERNAME with VMS_PASSWORD (VMS_TENANT optional)' },
  openshift: { arguments: 'token, or username and password', variables: 'OPENSHIFT_TOKEN, or OPENSHIFT_USERNAME with OPENSHIFT_PASSWORD' },
};
