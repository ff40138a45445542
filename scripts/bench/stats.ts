// Medians, and the figure model every part of the bench reports in.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export type Unit = 'ms' | 'µs' | 'MiB' | 'requests' | '×';

export interface Figure {
  /** Stable key for comparisons across runs, e.g. `apply.vms.1000`. */
  readonly id: string;
  readonly measure: string;
  readonly unit: Unit;
  /** Median of `runs`. */
  readonly value: number;
  readonly runs: readonly number[];
  readonly floor?: { readonly name: string; readonly value: number; readonly runs: readonly number[] };
  /** value / floor.value */
  readonly ratio?: number;
  /** The target: on the ratio when there is a floor, otherwise on the value. */
  readonly target?: number;
  readonly met?: boolean;
  readonly note?: string;
}

export function figure(f: Omit<Figure, 'value' | 'ratio' | 'met'> & { value?: number }): Figure {
  const value = f.value ?? median(f.runs);
  const ratio = f.floor === undefined ? undefined : value / f.floor.value;
  const judged = ratio ?? value;
  return { ...f, value, ...(ratio === undefined ? {} : { ratio }), ...(f.target === undefined ? {} : { met: judged <= f.target }) };
}
