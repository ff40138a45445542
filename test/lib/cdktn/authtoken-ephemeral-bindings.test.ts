// The ephemeral classes for CDK Terrain, as cdktn's generator writes them: the CDKTF suite (ephemeral block,
// token feeding token_wo and a provider block, typed arguments), run by jest's "cdktn" project against
// cdktn and the package's ./cdktn export.
import '../ephemeral/authtoken-ephemeral-bindings.test';
