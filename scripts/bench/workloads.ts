// The configurations the bench applies and plans: N tokens of one platform, and the engine floor,
// `terraform_data` × N (Terraform's built-in resource: no provider process, no API).
import { PROVIDER_VERSION } from '../../src/provider/identity';

export type Platform = 'vms' | 'openshift';
export type Workload = { readonly kind: 'engine' } | { readonly kind: 'tokens'; readonly platform: Platform };

const HEADER = `terraform {
  required_providers {
    authtoken = { source = "authtoken/authtoken", version = "${PROVIDER_VERSION}" }
  }
}
provider "authtoken" {}
`;

export function configuration(workload: Workload, count: number): string {
  if (workload.kind === 'engine') return `resource "terraform_data" "t" {\n  count = ${count}\n  input = "bench-\${count.index}"\n}\n`;
  if (workload.platform === 'vms') return `${HEADER}resource "authtoken_vms_api_token" "t" {\n  count  = ${count}\n  name   = "bench-\${count.index}"\n  expiry = "30D"\n}\n`;
  return `${HEADER}resource "authtoken_openshift_authorization" "t" {\n  count  = ${count}\n  scopes = ["read"]\n  note   = "bench-\${count.index}"\n}\n`;
}

export function describeWorkload(workload: Workload, count: number): string {
  if (workload.kind === 'engine') return `${count} terraform_data`;
  return `${count} ${workload.platform === 'vms' ? 'VMS API tokens' : 'OpenShift authorizations'}`;
}
