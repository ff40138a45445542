// What a CDK Terrain user gets: the packed package installed into a fresh cdktn app (no cdktf installed)
// whose code is the README's quick start importing `cdktn` and `terraform-provider-authtoken/cdktn`,
// compiled with tsc against the shipped declarations and synthesized with node.
import { quickStartSynthesizesFromThePackage } from '../../support/packed-app';

test("the README's quick start, as a CDK Terrain app using the packed library's ./cdktn export, type-checks against its declarations and synthesizes", () => {
  quickStartSynthesizesFromThePackage('cdktn');
}, 120_000);
