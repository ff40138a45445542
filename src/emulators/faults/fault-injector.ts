// Holds the fault rules of one emulator and decides, per request, what happens to it. Rules are checked
// in the order they were added: every matching latency rule adds its delay, then the first matching
// status or reset rule answers. A rule's `times` counts the requests it actually hit.
import { randomInt } from 'node:crypto';
import type { FaultRule, FaultRuleSpec, FaultEffect } from './fault-rule';
import { seededRandom } from './seeded-random';

export interface FaultDecision {
  /** Total injected latency before anything else happens. */
  readonly delayMs: number;
  /** The status or reset that answers instead of the platform, if any. */
  readonly outcome?: Exclude<FaultEffect, { effect: 'latency' }>;
}

interface HeldRule {
  rule: FaultRule;
  readonly draw: () => number;
}

export class FaultInjector {
  #rules: HeldRule[] = [];
  #nextId = 1;

  add(spec: FaultRuleSpec): FaultRule {
    const rule: FaultRule = { ...spec, id: String(this.#nextId++), hits: 0, ...(spec.times === undefined ? {} : { remaining: spec.times }) };
    this.#rules.push({ rule, draw: seededRandom(spec.seed ?? randomInt(2 ** 31)) });
    return rule;
  }

  remove(id: string): boolean {
    const before = this.#rules.length;
    this.#rules = this.#rules.filter((held) => held.rule.id !== id);
    return this.#rules.length !== before;
  }

  clear(): void {
    this.#rules = [];
  }

  list(): FaultRule[] {
    return this.#rules.map((held) => held.rule);
  }

  /** `routePattern` is the matched route's pattern, or undefined when no route matched the path. */
  decide(method: string, routePattern: string | undefined): FaultDecision {
    let delayMs = 0;
    let outcome: FaultDecision['outcome'];
    for (const held of [...this.#rules]) {
      const { rule } = held;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (rule.route !== undefined && rule.route !== routePattern) continue;
      if (rule.effect !== 'latency' && outcome !== undefined) continue;
      // Draw only for matching rules, so a seeded rate depends on the matching requests alone.
      if (rule.rate !== undefined && rule.rate < 1 && !(held.draw() < rule.rate)) continue;
      this.#hit(held);
      if (rule.effect === 'latency') delayMs += rule.ms;
      else outcome = rule;
    }
    return outcome === undefined ? { delayMs } : { delayMs, outcome };
  }

  #hit(held: HeldRule): void {
    const remaining = held.rule.remaining === undefined ? undefined : held.rule.remaining - 1;
    held.rule = { ...held.rule, hits: held.rule.hits + 1, ...(remaining === undefined ? {} : { remaining }) };
    if (remaining === 0) this.#rules = this.#rules.filter((h) => h !== held);
  }
}
