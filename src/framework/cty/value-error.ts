import type { AttributePath } from '../path';

/** A value that does not fit its type, with the path where it stops fitting. */
export class ValueError extends Error {
  /**
   * @param reason what is wrong, never quoting the value (it may be sensitive)
   * @param shown the offending value, for callers that know the attribute is not sensitive
   */
  constructor(
    readonly path: AttributePath,
    readonly reason: string,
    readonly shown?: string,
  ) {
    super(path.isRoot ? reason : `${path.toString()}: ${reason}`);
  }

  /** The reason, with the value appended only when the caller knows it may be shown. */
  describe(showValue: boolean): string {
    return showValue && this.shown !== undefined ? `${this.reason}, got ${this.shown}` : this.reason;
  }
}
