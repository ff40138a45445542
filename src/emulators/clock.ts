// The emulator's notion of "now". Expiry (OAuth tokens, VMS expiry dates, broker authorizations) is
// computed from it, so tests can move time forward through the admin API instead of sleeping.

export class Clock {
  #offsetMs = 0;

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return Date.now() + this.#offsetMs;
  }

  /** Moves time forward (never backward: tokens must not become valid again). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock can only move forward, got ${ms} ms`);
    this.#offsetMs += ms;
  }

  /** How far the clock runs ahead of real time. */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  reset(): void {
    this.#offsetMs = 0;
  }
}
