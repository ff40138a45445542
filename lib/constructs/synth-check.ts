// Checks that run when the app synthesizes (cdktf reports each failure with the path of the construct it
// was added to): values built from tokens are only known then, and one run lists every mistake at once.
import type { IConstruct } from 'constructs';
import { Token } from 'cdktf';

/** A value that validates itself; `problem` is undefined when it is fine (or not known until apply). */
export interface SelfChecking {
  readonly problem: string | undefined;
}

export function checkAtSynth(construct: IConstruct, what: () => readonly (string | undefined)[]): void {
  construct.node.addValidation({ validate: () => what().filter((p): p is string => p !== undefined) });
}

/** True when the value is only known at apply (a reference, a variable): nothing to check at synth. */
export function unresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}
