// terraform-provider-authtoken/cdktn, for CDK Terrain: one namespace per Terraform type as cdktn's own
// generator writes them (ephemeral resources included), plus the constructs of lib/constructs.
//
// There is no lib/cdktn/constructs folder: scripts/build-cdktn-library.mjs compiles this tree with
// lib/constructs mounted there, so `../providers/authtoken/…` in a construct reaches this tree's bindings,
// and with every `cdktf` import turned into `cdktn`. The constructs are written once.
export * from './providers/authtoken';
export * from './constructs';
// The names the CDKTF tree exports for its own ephemeral base class; here they are cdktn's.
export { TerraformEphemeralResource, type TerraformEphemeralMetaArguments, type TerraformEphemeralResourceConfig, type TerraformEphemeralResourceLifecycle } from 'cdktn';
