/** The demo's closing summary: each step, when it ended and how long it took, as a text table. */

/** Formats `{step: ms since start}` (in the order the steps ran) as aligned rows. */
export function formatStepTable(stepTimesMs: Readonly<Record<string, number>>): string {
  const rows = Object.entries(stepTimesMs);
  const width = Math.max('step'.length, ...rows.map(([step]) => step.length));
  const cell = (text: string, size: number) => text.padStart(size);
  const line = (step: string, at: string, took: string) =>
    `${step.padEnd(width)}  ${cell(at, 9)}  ${cell(took, 9)}`;
  let previous = 0;
  const body = rows.map(([step, atMs]) => {
    const took = atMs - previous;
    previous = atMs;
    return line(step, `${atMs} ms`, `${took} ms`);
  });
  const header = line('step', 'at', 'took');
  return [header, '-'.repeat(header.length), ...body].join('\n');
}
