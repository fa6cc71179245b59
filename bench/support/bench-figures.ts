// The figures a bench reports to `npm run bench`: each bench prints them as one JSON line after
// its own output, so the runner can collect every bench's figures from separate processes.
import { cpus, loadavg } from 'node:os';

/** One measured figure and the target the issue sets for it. */
export interface Figure {
  readonly name: string;
  readonly unit: string;
  readonly target: number | null;
  /** Whether the target is a floor (higher is better) or a ceiling. */
  readonly better: 'higher' | 'lower';
  readonly measured: number;
}

/** The prefix of the line that carries a bench's figures. */
export const FIGURES_PREFIX = 'BENCH-FIGURES ';

/** Prints the figures line the runner parses; benches call it last. */
export function reportFigures(figures: readonly Figure[]): void {
  console.log(`${FIGURES_PREFIX}${JSON.stringify(figures)}`);
}

/** Whether a figure meets its target (a figure without a target is informational). */
export function figureMet(figure: Figure): boolean | null {
  if (figure.target === null) return null;
  return figure.better === 'higher'
    ? figure.measured >= figure.target
    : figure.measured <= figure.target;
}

/** The machine line every bench prints: cores, CPU, Node, load, date. */
export function machineLine(): string {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  return `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${load}, ${new Date().toISOString()}`;
}

/** The value at quantile `q` (nearest rank, 0 <= q < 1) of a list in any order; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Median of a list (the upper middle for even lengths); NaN when empty. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
