/**
 * A folder of labelled camera clips for the session evaluation, laid out like
 * ../shared/data/camera/live: `labels.tsv` with the header `file kind person` (further columns
 * ignored), 640x480 4:2:0 y4m clips, and the card portrait of person P in `idphoto-P.jpg`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What a clip shows. */
const CLIP_KINDS = ['live', 'print', 'replay', 'still', 'planar', 'tilt'] as const;

/** A clip kind: a live person, or one kind of presentation attack. */
export type ClipKind = (typeof CLIP_KINDS)[number];

/** One labelled clip. */
export interface LabelledClip {
  /** File name inside the set folder. */
  readonly file: string;
  readonly kind: ClipKind;
  /** The person shown (for an attack: the person on the photo or screen). */
  readonly person: string;
}

/** A loaded set: its clips, in labels order, and the portrait file of every person. */
export interface SessionSet {
  readonly dir: string;
  readonly clips: readonly LabelledClip[];
  readonly portraits: Readonly<Record<string, string>>;
}

/** The set cannot be used; `reason` says why and the message what to fix. */
export class SessionSetError extends Error {
  override name = 'SessionSetError';
  constructor(
    readonly reason: 'not-found' | 'bad-labels' | 'missing-file',
    message: string,
  ) {
    super(message);
  }
}

const isKind = (value: string): value is ClipKind =>
  (CLIP_KINDS as readonly string[]).includes(value);

/** Parses labels.tsv; `where` names the file in errors. */
export function parseLabels(text: string, where: string): LabelledClip[] {
  const [header, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  if (columns[0] !== 'file' || columns[1] !== 'kind' || columns[2] !== 'person')
    throw new SessionSetError(
      'bad-labels',
      `${where}: the header must start with file, kind, person (tab-separated)`,
    );
  return rows.map((row, i) => {
    const [file = '', kind = '', person = ''] = row.split('\t');
    if (!file || !person)
      throw new SessionSetError(
        'bad-labels',
        `${where} line ${i + 2}: file and person are required`,
      );
    if (!isKind(kind))
      throw new SessionSetError(
        'bad-labels',
        `${where} line ${i + 2}: kind "${kind}" is not one of ${CLIP_KINDS.join(', ')}`,
      );
    return { file, kind, person };
  });
}

/** Loads a set folder and checks that every clip and every person's portrait exists. */
export async function loadSessionSet(dir: string): Promise<SessionSet> {
  const labels = join(dir, 'labels.tsv');
  if (!existsSync(labels))
    throw new SessionSetError(
      'not-found',
      `${labels} not found: is --set the folder holding labels.tsv?`,
    );
  const clips = parseLabels(await readFile(labels, 'utf8'), labels);
  const portraits: Record<string, string> = {};
  for (const clip of clips) {
    if (!existsSync(join(dir, clip.file)))
      throw new SessionSetError(
        'missing-file',
        `${join(dir, clip.file)} is named in labels.tsv but missing`,
      );
    const portrait = join(dir, `idphoto-${clip.person}.jpg`);
    if (!existsSync(portrait))
      throw new SessionSetError(
        'missing-file',
        `${portrait} (the card photo of ${clip.person}) is missing`,
      );
    portraits[clip.person] = portrait;
  }
  return { dir, clips, portraits };
}
