// RotatingToken for CDK Terrain: the CDKTF suite (synthesized JSON, sensitive output, write-only secret,
// every synth-time validation and its message), run by jest's "cdktn" project against cdktn and the
// package's ./cdktn export.
import '../constructs/rotating-token.test';
