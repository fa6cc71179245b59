/** Synthetic landmarks of a 3D head for the motion and liveness tests (no images needed). */
import type { Point } from '../../../src/core/face/face-landmarks';

/** A rough 3D face: 68 points on an ellipsoid-ish surface (x, y in face heights, z depth). */
export const FACE_3D = Array.from({ length: 68 }, (_, i) => {
  const angle = (i / 68) * Math.PI * 2;
  const r = 0.2 + (0.15 * ((i * 7) % 5)) / 5;
  const x = r * Math.cos(angle);
  const y = 1.2 * r * Math.sin(angle);
  return { x, y, z: 0.3 - (x * x + y * y) * 2 };
});

/** Pinhole projection of the 3D face, turned by `yawRad`, at `distance` face heights, 200 px per unit. */
export function project(yawRad: number, distance = 4, shift = { x: 320, y: 240 }): Point[] {
  return FACE_3D.map(({ x, y, z }) => {
    const xr = x * Math.cos(yawRad) + z * Math.sin(yawRad);
    const zr = -x * Math.sin(yawRad) + z * Math.cos(yawRad);
    const f = 800 / (distance - zr);
    return { x: shift.x + xr * f, y: shift.y + y * f };
  });
}

const lowered = (points: readonly Point[], indices: readonly number[], dy: number): Point[] =>
  points.map((p, i) => (indices.includes(i) ? { x: p.x, y: p.y + dy } : p));

/** The face with its lower inner lip (points 65-67) lowered by `px` pixels: an open mouth. */
export const openMouth = (points: readonly Point[], px: number): Point[] =>
  lowered(points, [65, 66, 67], px);

/** The face with both upper lids (37, 38, 43, 44) moved `share` of the way onto the lower lids. */
export function blinking(points: readonly Point[], share: number): Point[] {
  const pairs: ReadonlyArray<readonly [number, number]> = [
    [37, 41],
    [38, 40],
    [43, 47],
    [44, 46],
  ];
  const out = [...points];
  for (const [upper, lower] of pairs) {
    const u = points[upper] as Point;
    const l = points[lower] as Point;
    out[upper] = { x: u.x + (l.x - u.x) * share, y: u.y + (l.y - u.y) * share };
  }
  return out;
}

/** A frontal 68-point face (iBUG layout) in face heights, centred on the nose, eyes and lips open. */
const FRONTAL: readonly Point[] = [
  ...Array.from({ length: 17 }, (_, i) => {
    const a = Math.PI * (i / 16);
    return { x: -0.42 * Math.cos(a), y: 0.05 + 0.45 * Math.sin(a) };
  }),
  ...Array.from({ length: 10 }, (_, i) => ({ x: -0.36 + i * 0.08, y: -0.3 })),
  ...Array.from({ length: 4 }, (_, i) => ({ x: 0, y: -0.22 + i * 0.07 })),
  ...Array.from({ length: 5 }, (_, i) => ({ x: -0.08 + i * 0.04, y: 0.08 })),
  // Eyes: corner, two upper lids, corner, two lower lids (each ~0.14 wide, ~0.045 open).
  ...[-0.21, 0.21].flatMap((cx) => [
    { x: cx - 0.07, y: -0.15 },
    { x: cx - 0.025, y: -0.172 },
    { x: cx + 0.025, y: -0.172 },
    { x: cx + 0.07, y: -0.15 },
    { x: cx + 0.025, y: -0.128 },
    { x: cx - 0.025, y: -0.128 },
  ]),
  // Outer lips 48-59, then inner lips 60-67 (closed: upper and lower inner lips meet).
  ...Array.from({ length: 12 }, (_, i) => {
    const a = (2 * Math.PI * i) / 12;
    return { x: -0.15 * Math.cos(a), y: 0.22 - 0.05 * Math.sin(a) };
  }),
  { x: -0.12, y: 0.22 },
  { x: -0.05, y: 0.218 },
  { x: 0, y: 0.218 },
  { x: 0.05, y: 0.218 },
  { x: 0.12, y: 0.22 },
  { x: 0.05, y: 0.222 },
  { x: 0, y: 0.222 },
  { x: -0.05, y: 0.222 },
];

/** The frontal face placed at `centre` with `heightPx` face height and `rollRad` roll. */
export function frontalFace(
  centre: Point = { x: 320, y: 240 },
  heightPx = 200,
  rollRad = 0,
): Point[] {
  const c = Math.cos(rollRad) * heightPx;
  const s = Math.sin(rollRad) * heightPx;
  return FRONTAL.map(({ x, y }) => ({ x: centre.x + c * x - s * y, y: centre.y + s * x + c * y }));
}

/** Depth towards the camera (face heights) of a frontal point: the nose stands out, the outline lies back. */
function depthOf(i: number): number {
  if (i <= 16) return -0.3 + 0.2 * Math.sin((Math.PI * i) / 16);
  if (i >= 27 && i <= 30) return 0.05 * (i - 26);
  if (i >= 31 && i <= 35) return 0.1;
  return 0;
}

/**
 * The frontal face as a head turned by `yawRad` about its vertical axis (orthographic): positive
 * moves the nose towards the image's right, as a worker turning to their own left, seen unmirrored.
 */
export function turnedHead(yawRad: number, centre: Point = { x: 320, y: 240 }, heightPx = 200) {
  return FRONTAL.map(({ x, y }, i) => ({
    x: centre.x + heightPx * (x * Math.cos(yawRad) + depthOf(i) * Math.sin(yawRad)),
    y: centre.y + heightPx * y,
  }));
}

/** The frontal face as a flat photo turned by `yawRad` about its vertical axis, in perspective. */
export function tiltedPrint(yawRad: number, centre: Point = { x: 320, y: 240 }, heightPx = 200) {
  const distance = 3;
  return FRONTAL.map(({ x, y }) => {
    const scale = heightPx / (1 - (x * Math.sin(yawRad)) / distance);
    return { x: centre.x + scale * x * Math.cos(yawRad), y: centre.y + scale * y };
  });
}
