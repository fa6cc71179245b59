// Host cost of turning a read into a card and a photo: parseCard, encodeCardText, the simulation
// codec, and a vendor-library call through koffi (against the gcc-built stand-in, so the figure is
// the FFI and conversion overhead, not a real WLT decode).
// Usage: npx tsx bench/card-photo.bench.ts [--runs 2000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { encodeCardText } from '../src/core/idcard/card/encode-card-text';
import { genderOf } from '../src/core/idcard/card/gender';
import { nationFromCode } from '../src/core/idcard/card/nation-codes';
import { parseCard } from '../src/core/idcard/card/parse-card';
import { decodeSimulationPhoto, encodeSimulationPhoto } from '../src/core/photo/simulation-codec';
import { createVendorWltDecoder } from '../src/core/photo/vendor-wlt-decoder';
import { machineLine, quantile } from './support/bench-figures';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' } } });
const runs = Number(values.runs);

async function timeMs(count: number, run: () => unknown): Promise<{ median: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

const text = encodeCardText({
  type: 'resident',
  name: '张三',
  gender: genderOf('2'),
  nation: nationFromCode('01'),
  birthDate: { kind: 'date', iso: '1949-12-31' },
  address: '北京市东城区景山前街4号',
  idNumber: '11010519491231002X',
  issuingAuthority: '北京市公安局东城分局',
  validFrom: { kind: 'date', iso: '2015-01-01' },
  validTo: { kind: 'long-term' },
});
const portrait = await sharp({
  create: { width: 358, height: 441, channels: 3, background: '#9ab' },
})
  .composite([
    {
      input: Buffer.from(
        '<svg width="358" height="441"><ellipse cx="179" cy="200" rx="110" ry="150" fill="#d9a"/></svg>',
      ),
    },
  ])
  .jpeg()
  .toBuffer();
const slot = await encodeSimulationPhoto(portrait);

const dir = mkdtempSync(join(tmpdir(), 'wlt-bench-'));
const library = join(dir, 'libwltstub.so');
const build = spawnSync('gcc', [
  '-shared',
  '-fPIC',
  '-O2',
  '-o',
  library,
  resolve(import.meta.dirname, '../native/test-doubles/wlt-stub.c'),
]);
if (build.status !== 0) throw new Error('gcc failed to build the stand-in vendor library');
const vendor = createVendorWltDecoder({ libraryPath: library });
const stubSlot = new Uint8Array(1024);
stubSlot.set(Buffer.from('STUBB', 'latin1'));

const cases: [string, number, () => unknown][] = [
  ['parseCard (resident, all checks)', runs, () => parseCard(text, new Date())],
  ['encodeCardText', runs, () => encodeCardText(parseCard(text, new Date()).card)],
  [
    'encodeSimulationPhoto (from a JPEG)',
    Math.ceil(runs / 20),
    () => encodeSimulationPhoto(portrait),
  ],
  ['decodeSimulationPhoto', Math.ceil(runs / 10), () => decodeSimulationPhoto(slot)],
  ['vendor decode via koffi async (stub BMP, flip, BGR→RGB)', runs, () => vendor.decode(stubSlot)],
];

console.log(`card and photo host cost, median and p95 per call`);
console.log(`machine: ${machineLine()}`);
for (const [name, count, run] of cases) {
  await timeMs(Math.min(count, 50), run); // warm-up
  const { median, p95 } = await timeMs(count, run);
  console.log(
    `${name.padEnd(60)} median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  (${count} runs)`,
  );
}
rmSync(dir, { recursive: true, force: true });
