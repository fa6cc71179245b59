/** How the evaluation reports write their Markdown tables: one percent format, one table row. */

/** A rate in 0..1 as a percent with `digits` decimals; `missing` where there is no rate. */
export function formatPercent(rate: number | null, digits: number, missing = '–'): string {
  return rate === null ? missing : `${(rate * 100).toFixed(digits)}%`;
}

/** One row of a Markdown table. */
export function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}
