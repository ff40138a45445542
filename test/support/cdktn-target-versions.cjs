// CDK Terrain checks at synth that the Terraform versions a project targets support the features it uses
// (ephemeral resources: Terraform >= 1.10, write-only attributes: >= 1.11), and assumes >= 1.5.7 unless
// told. `cdktn synth` passes cdktf.json's `targetVersions` to the app as context through this variable; the
// tests synthesize through the library, so they set it the same way: the Terraform this provider needs.
process.env.CDKTF_CONTEXT_JSON = JSON.stringify({ targetVersions: { terraform: '>=1.11.0' } });
