// The configurations the bench applies and plans: N tokens of one platform; the engine floor,
// `terraform_data` × N (Terraform's built-in resource: no provider process, no API); and the framework
// floor, the same N resources shaped like the tokens on a provider of this framework that calls no API
// (./framework-floor).
import { PROVIDER_VERSION } from '../../src/provider/identity';

export type Platform = 'vms' | 'openshift';
export type Workload = { readonly kind: 'engine' } | { readonly kind: 'framework'; readonly platform: Platform } | { readonly kind: 'tokens'; readonly platform: Platform };

const HEADER = `terraform {
  required_providers {
    authtoken = { source = "authtoken/authtoken", version = "${PROVIDER_VERSION}" }
  }
}
provider "authtoken" {}
`;

const FLOOR_HEADER = `terraform {
  required_providers {
    floor = { source = "bench/floor", version = "0.0.1" }
  }
}
`;

export function configuration(workload: Workload, count: number): string {
  if (workload.kind === 'engine') return `resource "terraform_data" "t" {\n  count = ${count}\n  input = "bench-\${count.index}"\n}\n`;
  const [header, prefix] = workload.kind === 'framework' ? [FLOOR_HEADER, 'floor'] : [HEADER, 'authtoken'];
  if (workload.platform === 'vms') return `${header}resource "${prefix}_vms_api_token" "t" {\n  count  = ${count}\n  name   = "bench-\${count.index}"\n  expiry = "30D"\n}\n`;
  return `${header}resource "${prefix}_openshift_authorization" "t" {\n  count  = ${count}\n  scopes = ["read"]\n  note   = "bench-\${count.index}"\n}\n`;
}
