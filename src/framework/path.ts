// Attribute paths: where in a resource's value a diagnostic, a replacement or an unknown belongs.
// Terraform underlines the configuration at this path.

export type PathStep =
  | { readonly attribute: string }
  | { readonly key: string } // map element
  | { readonly index: number }; // list or tuple element

export class AttributePath {
  /** Paths are immutable, so a child path is made once per parent: every decode, check and walk asks for them. */
  #attributes: Map<string, AttributePath> | undefined;

  private constructor(readonly steps: readonly PathStep[]) {}

  static readonly ROOT = new AttributePath([]);

  static root(attribute: string): AttributePath {
    return new AttributePath([{ attribute }]);
  }

  static of(steps: readonly PathStep[]): AttributePath {
    return new AttributePath(steps);
  }

  attribute(name: string): AttributePath {
    this.#attributes ??= new Map();
    let child = this.#attributes.get(name);
    if (child === undefined) this.#attributes.set(name, (child = new AttributePath([...this.steps, { attribute: name }])));
    return child;
  }

  key(key: string): AttributePath {
    return new AttributePath([...this.steps, { key }]);
  }

  index(index: number): AttributePath {
    return new AttributePath([...this.steps, { index }]);
  }

  get isRoot(): boolean {
    return this.steps.length === 0;
  }

  /** Terraform's own spelling, e.g. `scopes[0]`, `labels["env"]`, `als.username`. */
  toString(): string {
    let out = '';
    for (const s of this.steps) {
      if ('attribute' in s) out += out === '' ? s.attribute : `.${s.attribute}`;
      else if ('key' in s) out += `[${JSON.stringify(s.key)}]`;
      else out += `[${s.index}]`;
    }
    return out;
  }

  /** Stable order for requires_replace lists. */
  static compare(a: AttributePath, b: AttributePath): number {
    const n = Math.min(a.steps.length, b.steps.length);
    for (let i = 0; i < n; i++) {
      const x = stepSortKey(a.steps[i]!);
      const y = stepSortKey(b.steps[i]!);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return a.steps.length - b.steps.length;
  }
}

function stepSortKey(s: PathStep): string {
  if ('attribute' in s) return `a:${s.attribute}`;
  if ('key' in s) return `k:${s.key}`;
  return `i:${String(s.index).padStart(12, '0')}`;
}

/** Shorthand: `path('scopes')`, `path('als', 'username')`. */
export function path(...attributes: string[]): AttributePath {
  return attributes.reduce((p, a) => p.attribute(a), AttributePath.ROOT);
}
