// TokenSet for CDK Terrain: the CDKTF suite, run by jest's "cdktn" project against cdktn and the package's
// ./cdktn export.
import '../constructs/token-set.test';
