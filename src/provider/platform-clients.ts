// How the provider builds each platform's client from its resolved settings. Every client shares one
// Redactor that forwards what it learns (access tokens, new token values) to the framework's
// process-wide registry, so Terraform's logs and diagnostics hide those too.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { TerraformError, registerSecret, type Logger } from '../framework';
import { createAlsClient, type AlsClient, type AlsCredentials } from './als';
import { Redactor, type TlsOptions } from './common';
import { OpenShiftBrokerClient, type BrokerCredentials } from './openshift';
import type { PlatformArguments } from './platform-settings';
import { PROVIDER_VERSION } from './identity';
import { createVmsClient, selectVmsCredentials, type VmsClient } from './vms';

export interface ClientContext {
  readonly redactor: Redactor;
  readonly logger: Logger;
  readonly terraformVersion: string;
}

export function sharedRedactor(): Redactor {
  return new Redactor({ onRegister: registerSecret });
}

export function alsClient(values: PlatformArguments<'als'>, context: ClientContext): AlsClient {
  const credentials: AlsCredentials = {
    ...(values.username === undefined ? {} : { username: values.username }),
    ...(values.password === undefined ? {} : { password: values.password }),
    ...(values.access_token === undefined ? {} : { accessToken: values.access_token }),
    ...(values.token_file === undefined ? {} : { tokenFile: values.token_file }),
  };
  return createAlsClient({ apiEndpoint: values.api_endpoint!, credentials, tls: tlsOptions('als', values), logger: context.logger, redactor: context.redactor });
}

export function vmsClient(values: PlatformArguments<'vms'>, context: ClientContext): VmsClient {
  const choice = selectVmsCredentials({ apiToken: values.api_token, username: values.username, password: values.password });
  if (!choice.ok) throw new Error(choice.reason);
  return createVmsClient({
    endpoint: values.endpoint!,
    credentials: choice.credentials,
    ...(values.tenant === undefined ? {} : { tenant: values.tenant }),
    tls: tlsOptions('vms', values),
    logger: context.logger,
    redactor: context.redactor,
  });
}

export function openShiftClient(values: PlatformArguments<'openshift'>, context: ClientContext): OpenShiftBrokerClient {
  const { token, username, password } = values;
  if (token === undefined && (username === undefined || password === undefined)) {
    throw new Error(
      username !== undefined || password !== undefined
        ? `OpenShift ${username === undefined ? 'username' : 'password'} is missing: set both username and password (OPENSHIFT_USERNAME, OPENSHIFT_PASSWORD), or a token (OPENSHIFT_TOKEN)`
        : 'no OpenShift credentials: set token (OPENSHIFT_TOKEN), or username and password (OPENSHIFT_USERNAME, OPENSHIFT_PASSWORD)',
    );
  }
  const credentials = (token === undefined ? { username, password } : { token, ...(username === undefined ? {} : { username }), ...(password === undefined ? {} : { password }) }) as BrokerCredentials;
  return new OpenShiftBrokerClient({
    server: values.server!,
    credentials,
    tls: tlsOptions('openshift', values),
    logger: context.logger,
    redactor: context.redactor,
    userAgent: `terraform-provider-authtoken/${PROVIDER_VERSION} (terraform ${context.terraformVersion})`,
  });
}

function tlsOptions(platform: string, values: { readonly ca_file?: string; readonly insecure?: boolean }): TlsOptions {
  const tls: { caBundle?: string; insecure?: boolean } = {};
  if (values.insecure === true) tls.insecure = true;
  if (values.ca_file !== undefined) {
    const path = values.ca_file.startsWith('~/') ? `${homedir()}${values.ca_file.slice(1)}` : values.ca_file;
    try {
      tls.caBundle = readFileSync(path, 'utf8');
    } catch (error) {
      throw new TerraformError('Unreadable CA File', `The ${platform} block's ca_file ${JSON.stringify(values.ca_file)} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
  }
  return tls;
}
