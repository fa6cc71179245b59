// What the turn challenge's thresholds are set from (docs/accuracy.md, "Turn challenge"):
// - real faces with known head yaw (../shared/data/faces): the pose model's yaw against the nose's
//   offset in the face outline, per image, and between the most frontal and the most turned image
//   of each person (the sign convention and the live margin);
// - photos tilted in a hand (the synthetic tilt and planar attacks of attack-clips.ts, made from
//   frames 0 and 22 of each live clip): the largest move a flat face makes (the attack side);
// - the live clips of ../shared/data/camera/live as recorded (talking, no turn): the largest move
//   natural head motion makes, which a replayed recording shows without being asked.
// Usage: npm run bench:turn [-- --frames 90]
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makePhotoAttackClip, type PhotoAttackKind } from '../src/core/face/eval/attack-clips';
import { loadFaceSet, readImageFile } from '../src/core/face/eval/face-set';
import { readAllY4mFrames } from '../src/core/face/eval/y4m-reader';
import { createFacePipeline } from '../src/core/face/pipeline';
import { DEFAULT_LIVENESS } from '../src/core/face/liveness-config';
import {
  turnBaseline,
  turnMoves,
  turnSample,
  type TurnSample,
} from '../src/core/face/turn-evidence';
import type { RgbImage } from '../src/core/photo/rgb-image';
import { sharedDataDir } from '../test/support/shared-data';
import { machineLine, quantile } from './support/bench-figures';

const { values } = parseArgs({ options: { frames: { type: 'string', default: '90' } } });
const clipFrames = Number(values.frames);
const data = sharedDataDir();
if (!data) throw new Error('bench:turn needs ../shared/data (or KIOSK_SHARED_DIR)');
const pipeline = await createFacePipeline({ modelsDir: resolve(import.meta.dirname, '../models') });
const { windowFrames } = DEFAULT_LIVENESS;

const sampleOf = async (image: RgbImage): Promise<TurnSample | null> => {
  const { chosen } = await pipeline.analyze(image);
  return chosen ? turnSample(chosen.landmarks, chosen.pose.yaw) : null;
};
const fixed = (x: number, digits = 3) => x.toFixed(digits);

/** The largest move either way from the median of the first window, as the session measures it. */
async function largestMoves(frames: readonly RgbImage[]) {
  const samples: TurnSample[] = [];
  for (const frame of frames) {
    const sample = await sampleOf(frame);
    if (sample) samples.push(sample);
  }
  const baseline = turnBaseline(samples.slice(0, windowFrames));
  const since = samples.slice(windowFrames);
  const moves = (['left', 'right'] as const).flatMap((side) => turnMoves(baseline, since, side));
  return {
    analysed: samples.length,
    yaw: Math.max(...moves.map((m) => m.yaw)),
    noseOffset: Math.max(...moves.map((m) => m.noseOffset)),
  };
}

console.log(`turn-parallax: ${machineLine()}\n`);

// Real faces: every image of the developer set.
const set = await loadFaceSet(join(data, 'faces'));
const byPerson = new Map<string, TurnSample[]>();
for (const image of set.images) {
  const sample = await sampleOf(await readImageFile(join(set.dir, image.file)));
  if (sample) byPerson.set(image.identity, [...(byPerson.get(image.identity) ?? []), sample]);
}
const all = [...byPerson.values()].flat();
const slope =
  all.reduce((s, x) => s + x.yaw * x.noseOffset, 0) / all.reduce((s, x) => s + x.yaw * x.yaw, 0);
console.log(
  `Faces: ${all.length} of ${set.images.length} images with a face; nose offset ≈ ${fixed(slope, 5)} × yaw (least squares through 0)\n`,
);
console.log('| pose-model yaw | images | nose offset p10 / median / p90 |\n|---|---|---|');
for (const [from, to] of [
  [-90, -25],
  [-25, -15],
  [-15, -5],
  [-5, 5],
  [5, 15],
  [15, 25],
  [25, 90],
]) {
  const offsets = all.filter((s) => s.yaw >= from! && s.yaw < to!).map((s) => s.noseOffset);
  const q = (p: number) => (offsets.length ? fixed(quantile(offsets, p)) : '–');
  console.log(`| ${from}° to ${to}° | ${offsets.length} | ${q(0.1)} / ${q(0.5)} / ${q(0.9)} |`);
}

// Frontal against most turned image of the same person: a real turn's yaw and parallax together.
const pairs = [...byPerson.values()]
  .filter((samples) => samples.length >= 2)
  .map((samples) => {
    const sorted = [...samples].sort((a, b) => Math.abs(a.yaw) - Math.abs(b.yaw));
    const frontal = sorted[0]!;
    const turned = sorted[sorted.length - 1]!;
    return { dYaw: turned.yaw - frontal.yaw, dOffset: turned.noseOffset - frontal.noseOffset };
  });
console.log(
  '\n| yaw change, frontal → most turned image of a person | people | opposite sign (yaw vs nose) | |nose offset change| p10 / median |\n|---|---|---|---|',
);
for (const [from, to] of [
  [5, 10],
  [10, 15],
  [15, 20],
  [20, 30],
  [30, 90],
]) {
  const inBin = pairs.filter((p) => Math.abs(p.dYaw) >= from! && Math.abs(p.dYaw) < to!);
  const changes = inBin.map((p) => Math.abs(p.dOffset));
  const opposite = inBin.filter((p) => Math.sign(p.dYaw) === -Math.sign(p.dOffset)).length;
  const q = (p: number) => (changes.length ? fixed(quantile(changes, p)) : '–');
  console.log(`| ${from}° to ${to}° | ${inBin.length} | ${opposite} | ${q(0.1)} / ${q(0.5)} |`);
}

// Flat faces: tilted and moved prints; live clips as recorded.
const liveDir = join(data, 'camera/live');
const clips = (await readdir(liveDir)).filter((f) => f.endsWith('.y4m')).sort();
console.log(
  `\nLargest move towards either side over ${clipFrames} frames, from the median of the first ${windowFrames}:\n`,
);
console.log('| clip | frames with a face | yaw move | nose offset move |\n|---|---|---|---|');
for (const [index, file] of clips.entries()) {
  const live = readAllY4mFrames(join(liveDir, file));
  const looped = Array.from({ length: clipFrames }, (_, i) => live[i % live.length]!);
  const row = (name: string, m: Awaited<ReturnType<typeof largestMoves>>) =>
    console.log(`| ${name} | ${m.analysed} | ${fixed(m.yaw, 1)}° | ${fixed(m.noseOffset)} |`);
  row(`live ${file} (looped)`, await largestMoves(looped));
  for (const frame of [0, 22])
    for (const kind of ['tilt', 'planar'] satisfies PhotoAttackKind[]) {
      const attack = await makePhotoAttackClip(live[frame]!, kind, {
        count: clipFrames,
        fps: 15,
        seed: index + 1,
      });
      row(`${kind} print of ${file} frame ${frame}`, await largestMoves(attack));
    }
}
await pipeline.close();
