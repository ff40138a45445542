// terraform-provider-authtoken/cdktn, for CDK Terrain: one namespace per Terraform type as cdktn's own
// generator writes them (ephemeral resources included), plus the constructs of lib/constructs.
//
// There is no lib/cdktn/constructs folder: scripts/build-cdktn-library.mjs compiles this tree with
// lib/constructs mounted there, so `../providers/authtoken/…` in a construct reaches this tree's bindings,
// and with every `cdktf` import turned into `cdktn`. The constructs are written once.
export * from './providers/authtoken';
export * from './constructs';
