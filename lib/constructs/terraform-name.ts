// Terraform addresses that read like the stack: a token constructed as `ci` is `authtoken_vms_api_token.ci`
// and its output `ci_token`, instead of the hashed names cdktf gives anything nested in a construct.
import type { IConstruct } from 'constructs';
import { TerraformStack } from 'cdktf';

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The construct's path below its stack, joined with `_`: `team/ci` → `team_ci`. */
export function terraformName(construct: IConstruct): string {
  const stack = TerraformStack.of(construct);
  const scopes = construct.node.scopes;
  return scopes
    .slice(scopes.indexOf(stack) + 1)
    .map((c) => c.node.id)
    .join('_');
}

/** A problem when `name` cannot be a Terraform name (letters, digits, `_`, `-`; not starting with a digit or `-`). */
export function nameProblem(name: string, what: string): string[] {
  return NAME.test(name) ? [] : [`${what} ${JSON.stringify(name)} cannot name a Terraform resource or output: use letters, digits, "_" and "-", starting with a letter or "_"`];
}
