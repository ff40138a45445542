// A collector handlers and the framework append to; RPC responses carry its contents.
import type { AttributePath } from '../path';
import type { Diagnostic } from './diagnostic';

export class Diagnostics {
  private readonly items: Diagnostic[] = [];

  error(summary: string, detail = '', path?: AttributePath): void {
    this.add({ severity: 'error', summary, detail, ...(path ? { path } : {}) });
  }

  warning(summary: string, detail = '', path?: AttributePath): void {
    this.add({ severity: 'warning', summary, detail, ...(path ? { path } : {}) });
  }

  add(d: Diagnostic): void {
    // Identical diagnostics (e.g. the same validator firing on a re-plan) are reported once.
    const duplicate = this.items.some(
      (x) => x.severity === d.severity && x.summary === d.summary && x.detail === d.detail && x.path?.toString() === d.path?.toString(),
    );
    if (!duplicate) this.items.push(d);
  }

  extend(other: Iterable<Diagnostic>): void {
    for (const d of other) this.add(d);
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  get all(): readonly Diagnostic[] {
    return this.items;
  }

  [Symbol.iterator](): Iterator<Diagnostic> {
    return this.items[Symbol.iterator]();
  }
}
