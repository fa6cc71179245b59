import { describe, expect, it } from 'vitest';
import { FaceSetError } from '../../../../src/core/face/eval/face-set';
import { parseSpoofLabels } from '../../../../src/core/face/eval/spoof-labels';

describe('spoof set labels', () => {
  it('reads file and class, and the subject from its column wherever the header puts it', () => {
    const text = 'file\tclass\tsource\tsubject_id\na.jpg\tlive\tmsu\ts1\nb.jpg\treplay\tmsu\t\n';
    expect(parseSpoofLabels(text)).toEqual([
      { file: 'a.jpg', kind: 'live', subject: 's1' },
      { file: 'b.jpg', kind: 'replay', subject: null },
    ]);
  });

  it('has no subject without a subject_id column', () => {
    expect(parseSpoofLabels('file\tclass\na.jpg\tprint')).toEqual([
      { file: 'a.jpg', kind: 'print', subject: null },
    ]);
  });

  it('rejects a line without a class, naming the line', () => {
    const parse = () => parseSpoofLabels('file\tclass\na.jpg\tlive\nb.jpg');
    expect(parse).toThrow(FaceSetError);
    expect(parse).toThrow('labels.tsv line 3 lacks file or class');
  });
});
