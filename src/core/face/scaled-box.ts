/** A face box scaled about its centre, capped to the frame and shifted back inside it. */
import type { Rect } from './image-warp';

/**
 * The box scaled by `scale` about its centre. Each side is capped at the frame's, and the crop is
 * shifted (not clipped) so that it lies inside the frame: the model sees context, never padding.
 */
export function scaledBoxInFrame(
  box: Rect,
  scale: number,
  frame: { width: number; height: number },
): Rect {
  const width = Math.min(box.width * scale, frame.width);
  const height = Math.min(box.height * scale, frame.height);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const x = Math.min(Math.max(cx - width / 2, 0), frame.width - width);
  const y = Math.min(Math.max(cy - height / 2, 0), frame.height - height);
  return { x, y, width, height };
}
