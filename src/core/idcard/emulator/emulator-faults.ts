// Line-level faults a test or the CLI can script on the emulated SAM's answers.

/** Faults on the emulated line; each is on until switched off. */
export interface LineFaults {
  /** Answers carry a wrong checksum. */
  badChecksum: boolean;
  /** Noise bytes (never a preamble) precede every answer. */
  garbage: boolean;
  /** Answers trickle out in 1–3 byte chunks. */
  tinyChunks: boolean;
  /** The SAM never answers (a dead SAM on a live port). */
  silence: boolean;
  /** The port dies at the next request. */
  deadPort: boolean;
}

/** Names of every scriptable fault, as the CLI's `--fault` accepts them. */
export const FAULT_NAMES = [
  'no-card',
  'remove-mid-read',
  'bad-checksum',
  'garbage',
  'tiny-chunks',
  'silence',
  'dead-port',
] as const;

/** One scriptable fault. */
export type FaultName = (typeof FAULT_NAMES)[number];

/** Whether a string names a fault. */
export const isFaultName = (name: string): name is FaultName =>
  (FAULT_NAMES as readonly string[]).includes(name);

/** The line fault each byte-level fault name switches. */
export const LINE_FAULT_OF: { readonly [F in FaultName]?: keyof LineFaults } = {
  'bad-checksum': 'badChecksum',
  garbage: 'garbage',
  'tiny-chunks': 'tinyChunks',
  silence: 'silence',
  'dead-port': 'deadPort',
};

/** No faults. */
export const noLineFaults = (): LineFaults => ({
  badChecksum: false,
  garbage: false,
  tinyChunks: false,
  silence: false,
  deadPort: false,
});

/** Applies the byte-level faults to an encoded answer and returns the chunks to write. */
export function shapeAnswer(
  frame: Uint8Array,
  faults: LineFaults,
  random: () => number = Math.random,
): Uint8Array[] {
  let bytes = frame;
  if (faults.badChecksum) {
    bytes = Uint8Array.from(frame);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x5a;
  }
  if (faults.garbage) {
    const noise = Array.from({ length: 1 + Math.floor(random() * 16) }, () =>
      Math.floor(random() * 0xaa),
    );
    bytes = Uint8Array.from([...noise, ...bytes]);
  }
  if (!faults.tinyChunks) return [bytes];
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * 3);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}
