// The bench's one table, and bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Figure } from './stats';

function amount(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'ms':
      return value >= 10_000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
    case 'µs':
      return `${value.toFixed(1)} µs`;
    case 'MiB':
      return `${value.toFixed(1)} MiB`;
    case 'requests':
      return `${Math.round(value)}`;
    case '×':
      return `${value.toFixed(2)}×`;
  }
}

export function rows(figures: readonly Figure[]): string[][] {
  return figures.map((f) => [
    f.measure,
    amount(f.value, f.unit),
    f.floor === undefined ? '' : `${amount(f.floor.value, f.unit)} (${f.floor.name})`,
    f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
    f.target === undefined ? '' : `${f.ratio === undefined ? '≤ ' + amount(f.target, f.unit) : `≤ ${f.target.toFixed(2)}×`} ${f.met ? 'met' : 'NOT met'}`,
  ]);
}

const HEAD = ['measure', 'result', 'floor', 'ratio', 'target'];

/** A plain-text table for the terminal. */
export function textTable(figures: readonly Figure[]): string {
  const all = [HEAD, ...rows(figures)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** The same table in Markdown, for the README. */
export function markdownTable(figures: readonly Figure[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(HEAD), line(HEAD.map(() => '---')), ...rows(figures).map(line)].join('\n');
}

export function writeResults(file: string, meta: Record<string, unknown>, figures: readonly Figure[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...meta, figures }, null, 2)}\n`);
}
