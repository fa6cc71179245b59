// Throughput of the SAM response decoder on the byte shapes a reader produces.
// Usage: npx tsx bench/frame-decoder.bench.ts [--mb 8] [--runs 5]
import { parseArgs } from 'node:util';
import { encodeBaseInfo } from '../src/core/idcard/protocol/base-info';
import { createResponseDecoder, encodeResponse } from '../src/core/idcard/protocol/response-frame';
import { machineLine } from './support/bench-figures';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '8' }, runs: { type: 'string', default: '5' } },
});
const totalBytes = Number(values.mb) * 1024 * 1024;
const runs = Number(values.runs);

const readAnswer = encodeResponse({
  sw1: 0,
  sw2: 0,
  sw3: 0x90,
  data: encodeBaseInfo(
    {
      text: new Uint8Array(256).fill(0x20),
      photo: new Uint8Array(1024).map((_, i) => (i * 7) & 0xff),
      fingerprint: new Uint8Array(1024),
    },
    true,
  ),
});
const repeat = (unit: Uint8Array) => {
  const out = new Uint8Array(Math.floor(totalBytes / unit.length) * unit.length);
  for (let at = 0; at < out.length; at += unit.length) out.set(unit, at);
  return out;
};
const frames = repeat(readAnswer); // back-to-back 2321-byte read-with-fingerprint answers
const noise = Uint8Array.from({ length: totalBytes }, (_, i) => (i * 131 + 17) % 0xaa); // never a preamble
const falsePreambles = repeat(
  Uint8Array.from([0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x90, 0x00]),
); // bad CHK

const cases: [string, Uint8Array, number][] = [
  ['read answers, 4096-byte chunks', frames, 4096],
  ['read answers, 64-byte chunks (USB-serial)', frames, 64],
  ['read answers, 1-byte chunks (worst case)', frames, 1],
  ['line noise, no preamble, 4096-byte chunks', noise, 4096],
  ['false preambles with bad checksums, 4096-byte chunks', falsePreambles, 4096],
];

function measure(stream: Uint8Array, chunkBytes: number): number {
  const decoder = createResponseDecoder();
  const start = performance.now();
  let results = 0;
  for (let at = 0; at < stream.length; at += chunkBytes)
    results += decoder.push(stream.subarray(at, at + chunkBytes)).length;
  const seconds = (performance.now() - start) / 1000;
  if (results === 0 && stream !== noise) throw new Error('decoder produced nothing');
  return stream.length / 1024 / 1024 / seconds;
}

console.log(`frame decoder throughput, ${values.mb} MB per run, median of ${runs} runs`);
console.log(`machine: ${machineLine()}`);
for (const [name, stream, chunkBytes] of cases) {
  // One-byte chunks are slow by design; a smaller slice keeps the run short.
  const input =
    chunkBytes === 1
      ? stream.subarray(0, Math.min(stream.length, 256 * readAnswer.length))
      : stream;
  measure(input, chunkBytes); // warm-up
  const figures = Array.from({ length: runs }, () => measure(input, chunkBytes)).sort(
    (a, b) => a - b,
  );
  console.log(`${name.padEnd(56)} ${figures[Math.floor(runs / 2)]!.toFixed(1).padStart(8)} MB/s`);
}
