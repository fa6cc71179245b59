/** An 8-bit RGB image, pixels interleaved row by row from the top left (card photos are 102x126). */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  /** width × height × 3 bytes: R, G, B. */
  readonly data: Uint8Array;
}
