// What a user gets: the package as `npm pack` ships it, installed into a fresh CDKTF app whose code is the
// README's quick start (importing the package by name), compiled with tsc against the shipped declarations
// and synthesized with node.
import { quickStartSynthesizesFromThePackage } from '../support/packed-app';

test("the README's quick start, as an app using the packed library by name, type-checks against its declarations and synthesizes", () => {
  quickStartSynthesizesFromThePackage('cdktf');
}, 120_000);
