// Private state bytes: the provider's own JSON, versioned so a later provider can tell what it reads.
import type { PrivateState } from './context';

const FORMAT = 1;

export function decodePrivate<P>(bytes: Uint8Array | undefined): P | null {
  if (!bytes || bytes.length === 0) return null;
  try {
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as { v?: number; d?: P };
    return parsed.v === FORMAT && parsed.d !== undefined ? parsed.d : null;
  } catch {
    return null; // written by something else: not ours to interpret
  }
}

export function encodePrivate<P>(value: P | null): Buffer {
  return value === null || value === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify({ v: FORMAT, d: value }));
}

/** A private state holder that carries the prior bytes forward untouched unless the handler sets a value. */
export class PrivateStateHolder<P> implements PrivateState<P> {
  private changed = false;
  private value: P | null;

  constructor(private readonly prior: Uint8Array | undefined) {
    this.value = decodePrivate<P>(prior);
  }

  get(): P | null {
    return this.value;
  }

  set(value: P | null): void {
    this.value = value;
    this.changed = true;
  }

  bytes(): Buffer {
    return this.changed ? encodePrivate(this.value) : Buffer.from(this.prior ?? Buffer.alloc(0));
  }
}
