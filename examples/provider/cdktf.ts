import { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { provider } from 'terraform-provider-authtoken';

// Credentials never go in a literal (it would be written in clear into cdk.tf.json): each argument falls
// back to its environment variable (ALS_*, VMS_*, OPENSHIFT_*), or takes a sensitive variable (TF_VAR_<name>).
export function configureProvider(scope: Construct): provider.AuthtokenProvider {
  const vmsPassword = new TerraformVariable(scope, 'vms_password', { type: 'string', sensitive: true });
  return new provider.AuthtokenProvider(scope, 'authtoken', {
    als: { apiEndpoint: 'https://api.als.example.com', username: 'admin' }, // password: ALS_PASSWORD
    vms: { endpoint: 'https://vms.example.com', username: 'admin', password: vmsPassword.stringValue },
    openshift: { server: 'https://openshift.example.com' }, // OPENSHIFT_USERNAME and OPENSHIFT_PASSWORD
  });
}
