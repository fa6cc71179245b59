import { describe, expect, it } from 'vitest';
import { createFramePump } from '../../../src/renderer/camera/frame-pump';

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('frame pump', () => {
  it('keeps one frame in flight and drops ticks that arrive meanwhile, never queueing them', async () => {
    const answers: Array<ReturnType<typeof deferred<boolean>>> = [];
    const sent: number[] = [];
    let n = 0;
    const pump = createFramePump<number>({
      grab: async () => ++n,
      submit: (frame) => {
        sent.push(frame);
        const answer = deferred<boolean>();
        answers.push(answer);
        return answer.promise;
      },
    });
    pump.tick();
    pump.tick();
    pump.tick();
    await Promise.resolve();
    expect(sent).toEqual([1]);
    answers[0]?.resolve(true);
    await pump.idle();
    pump.tick();
    await Promise.resolve();
    expect(sent).toEqual([1, 2]);
    expect(pump.counts()).toEqual({ submitted: 2, dropped: 2, failed: 0 });
  });

  it('counts refused submissions and grab errors as failed, and skips ticks without a picture', async () => {
    const pictures: Array<number | null | Error> = [null, 1, new Error('camera gone')];
    const pump = createFramePump<number>({
      grab: async () => {
        const next = pictures.shift() ?? null;
        if (next instanceof Error) throw next;
        return next;
      },
      submit: async () => false,
    });
    for (let i = 0; i < 3; i += 1) {
      pump.tick();
      await pump.idle();
    }
    expect(pump.counts()).toEqual({ submitted: 1, dropped: 0, failed: 2 });
  });
});
