// `npm run bench`: the short version of every bench that has a figure with a target, one after the
// other (each in its own process, as each measures its own process), then one table of figure,
// target, measured and ratio; `--json` prints the same as one JSON object instead.
// Usage: npm run bench [-- --json]   (needs KIOSK_SHARED_DIR for the busy day, like the tests)
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { figureMet, FIGURES_PREFIX, machineLine, type Figure } from './support/bench-figures';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

/** Each bench with the arguments of its short version (the full runs are in docs/performance.md). */
const SHORT_RUNS: ReadonlyArray<{ readonly script: string; readonly args: readonly string[] }> = [
  { script: 'bench/record-commit.bench.ts', args: ['--records', '200', '--runs', '3'] },
  { script: 'bench/start-to-ready.bench.ts', args: ['--runs', '3'] },
  { script: 'bench/capture.bench.ts', args: ['--runs', '5'] },
  { script: 'bench/upload-drain.bench.ts', args: ['--records', '1000'] },
  {
    script: 'bench/upload-drain.bench.ts',
    args: ['--records', '1000', '--platform', 'national-standard'],
  },
  { script: 'bench/busy-day.bench.ts', args: ['--sessions', '30'] },
];

/** Runs one bench; its own output goes to stderr, its figures line is collected. */
function runBench(script: string, args: readonly string[]): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      out += text;
      process.stderr.write(text);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(FIGURES_PREFIX));
      if (code !== 0 || !line) reject(new Error(`${script} exited ${code} without figures`));
      else resolve(JSON.parse(line.slice(FIGURES_PREFIX.length)) as Figure[]);
    });
  });
}

const started = performance.now();
const figures: Figure[] = [];
const timings: string[] = [];
for (const { script, args } of SHORT_RUNS) {
  process.stderr.write(`\n== ${script} ${args.join(' ')}\n`);
  const benchStarted = performance.now();
  figures.push(...(await runBench(script, args)));
  timings.push(
    `${script} ${args.join(' ')}: ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`,
  );
}
// Where the five minutes go, on stderr so that `--json` stays one object on stdout.
process.stderr.write(`\n${timings.join('\n')}\n`);
const rows = figures.map((f) => {
  const ratio = f.target ? f.measured / f.target : undefined;
  return {
    name: f.name,
    unit: f.unit,
    target: f.target,
    measured: f.measured,
    ratio,
    met: figureMet(f),
  };
});
const machine = machineLine();
if (values.json) {
  console.log(JSON.stringify({ machine, figures: rows }));
} else {
  // Two decimals below 10, so a ratio target such as 1.15 is printed as it is.
  const fmt = (x: number | null | undefined) =>
    x === null || x === undefined ? '-' : x.toFixed(Math.abs(x) < 10 ? 2 : 1);
  const nameWidth = Math.max(...rows.map((r) => r.name.length), 'figure'.length);
  console.log(
    `\n${machine}, all benches in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(
    [
      'figure'.padEnd(nameWidth),
      'unit'.padEnd(10),
      'target'.padStart(9),
      'measured'.padStart(10),
      'ratio'.padStart(7),
      '  met',
    ].join(' '),
  );
  for (const r of rows) {
    const met = r.met === null ? '-' : r.met ? 'yes' : 'NO';
    console.log(
      [
        r.name.padEnd(nameWidth),
        r.unit.padEnd(10),
        fmt(r.target).padStart(9),
        fmt(r.measured).padStart(10),
        fmt(r.ratio).padStart(7),
        `  ${met}`,
      ].join(' '),
    );
  }
}
