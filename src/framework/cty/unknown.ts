// Unknown values: "known after apply". Terraform ≥ 1.6 may send refined unknowns (msgpack extension 12)
// that promise facts about the eventual value; those facts are kept so they can be checked and echoed.
import { TfNumber } from './number';

export interface NumberBound {
  readonly value: TfNumber;
  readonly inclusive: boolean;
}

export interface Refinement {
  /** The final value is definitely not null. */
  readonly notNull?: boolean;
  /** The final string starts with this prefix. */
  readonly stringPrefix?: string;
  readonly numberLowerBound?: NumberBound;
  readonly numberUpperBound?: NumberBound;
  /** Inclusive bounds on a collection's eventual length. */
  readonly lengthLowerBound?: number;
  readonly lengthUpperBound?: number;
}

export class Unknown {
  /**
   * @param refinement what Terraform promised about the eventual value, if anything
   * @param encodedRefinement the extension payload exactly as received, so an echoed unknown keeps its bytes
   */
  constructor(
    readonly refinement?: Refinement,
    readonly encodedRefinement?: Uint8Array,
  ) {}

  get refined(): boolean {
    return this.refinement !== undefined && Object.keys(this.refinement).length > 0;
  }

  toString(): string {
    return '(known after apply)';
  }

  toJSON(): string {
    return this.toString();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.refined ? `Unknown(${JSON.stringify(this.refinement)})` : 'Unknown';
  }
}

/** A plain unknown: no promises about the eventual value. */
export const unknown = new Unknown();

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}
