import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadSessionSet,
  parseLabels,
  SessionSetError,
} from '../../../../src/core/capture/eval/session-set';

describe('parseLabels', () => {
  it('reads file, kind and person, ignoring further columns and blank lines', () => {
    const text = 'file\tkind\tperson\tnote\na.y4m\tlive\tp1\tx\n\nb.y4m\ttilt\tp1\n';
    expect(parseLabels(text, 'labels.tsv')).toEqual([
      { file: 'a.y4m', kind: 'live', person: 'p1' },
      { file: 'b.y4m', kind: 'tilt', person: 'p1' },
    ]);
  });

  it('names the line and the allowed kinds for an unknown kind', () => {
    expect(() => parseLabels('file\tkind\tperson\na.y4m\tmask\tp1\n', 'L')).toThrow(
      /L line 2: kind "mask" is not one of live, print, replay, still, planar, tilt/,
    );
  });

  it('refuses a file without the header', () => {
    expect(() => parseLabels('a.y4m\tlive\tp1\n', 'L')).toThrow(SessionSetError);
  });
});

describe('loadSessionSet', () => {
  it('says which portrait is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-set-'));
    writeFileSync(join(dir, 'labels.tsv'), 'file\tkind\tperson\na.y4m\tlive\tp1\n');
    writeFileSync(join(dir, 'a.y4m'), '');
    await expect(loadSessionSet(dir)).rejects.toThrow(
      /idphoto-p1\.jpg \(the card photo of p1\) is missing/,
    );
  });

  it('says where labels.tsv was looked for', async () => {
    await expect(loadSessionSet('/nonexistent-set')).rejects.toMatchObject({ reason: 'not-found' });
  });
});
