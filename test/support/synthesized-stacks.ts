// The synthesized CDKTF stacks the secrets-under-trace test scans (name → cdk.tf.json text). A stack
// holds configuration, so a credential or token in one would be committed to disk and to CI artifacts.
// HOOK: the CDKTF construct library and its example app land from the `cdktf` branch. Until then there is
// no stack to synthesize, and this answers none. When it lands, synthesize the example stacks here (the
// way `npm run demo` does) with the same secrets the test uses (its TF_VAR_ and provider environment) and
// answer every `cdktf.out/stacks/*/cdk.tf.json`; the test then fails on any secret found in them.
export function synthesizedStacks(): [name: string, json: string][] {
  return [];
}
