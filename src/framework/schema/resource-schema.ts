import type { BlockSchema } from './blocks';

/** A managed resource's schema: a block plus the version state was written with. */
export interface ResourceSchema extends BlockSchema {
  /** Bump when the stored shape changes, and add a state upgrader from the previous version. */
  readonly version?: number;
}
