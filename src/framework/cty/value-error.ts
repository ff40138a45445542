import type { AttributePath } from '../path';

/** A value that does not fit its type, with the path where it stops fitting. */
export class ValueError extends Error {
  constructor(
    readonly path: AttributePath,
    readonly reason: string,
  ) {
    super(path.isRoot ? reason : `${path.toString()}: ${reason}`);
  }
}
