// The platform's clock, as the Date header of its answers tells it. Expiry windows are the platform's
// business (it decides when a token stops working), so "does this token expire within renew_before" is
// asked by its clock, not this machine's: the two may differ, and tests move the emulators' clocks.

export class PlatformClock {
  #offsetMs: number | undefined;

  /**
   * Measures the offset from an answer's Date header; `sentAtMs`/`receivedAtMs` are local times around
   * the exchange. The platform stamped the answer somewhere in between (taken as the middle), and Date has
   * whole seconds, truncated (taken as half a second more). An absent or unreadable header changes nothing.
   */
  observe(dateHeader: string | undefined, sentAtMs: number, receivedAtMs: number): void {
    if (dateHeader === undefined) return;
    const stampedMs = Date.parse(dateHeader);
    if (!Number.isFinite(stampedMs)) return;
    this.#offsetMs = Math.round(stampedMs + 500 - (sentAtMs + receivedAtMs) / 2);
  }

  /** How far the platform's clock runs ahead of this machine's (negative: behind), as last measured. */
  get offsetMs(): number | undefined {
    return this.#offsetMs;
  }

  /** Now by the platform's clock; this machine's time until an answer has told it. */
  now(): Date {
    return new Date(Date.now() + (this.#offsetMs ?? 0));
  }
}
