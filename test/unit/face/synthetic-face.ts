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
