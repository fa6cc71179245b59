// One capture through every real part: SAM emulator child on a socat pty, serial reader loop,
// capture session, face engine process, sealed record in SQLite, upload to a collector on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { PHOTO_ATTACK_KINDS } from '../../../src/core/face/eval/attack-clips';
import { loadDemoClip, makeDemoAttackClip } from '../../../src/demo/demo-clip';
import { sharedDataDir, NEEDS_SHARED_DATA } from '../../support/shared-data';
import {
  LIVE_PEOPLE,
  liveCardPhoto,
  liveClipFrames,
  londonCardPhoto,
  londonClipFrames,
  printAttackFrames,
} from '../../support/camera-clip-frames';
import {
  feedUntil,
  isFinalResult,
  isState,
  queueOf,
  queueUntil,
  startCaptureRig,
  startToFace,
} from './capture-rig';

// Real video of a live person talking (assets/demo, GRID corpus); her card photo is from another recording.
const clip = loadDemoClip();

describe('capture decisions over the real parts', () => {
  it('passes the live person of the demo clip against their own card photo and the collector acknowledges the signed record', async () => {
    const { rig, events, logger } = await startCaptureRig({ holder: 'worker' });
    await startToFace(rig, events);
    const result = await feedUntil(rig, await clip, events.next(isFinalResult));
    expect(result.payload).toMatchObject({ outcome: 'pass', reasonKey: 'matched' });
    const queue = await queueUntil(rig, (q) => q.acked === 1);
    expect(queue).toMatchObject({ pending: 0, quarantined: 0 });
    const stored = rig.collector?.db.listRecords() ?? [];
    expect(stored).toHaveLength(1);
    const envelope = JSON.parse(stored[0]?.envelopeJson ?? '{}') as {
      record: { verification: { method: string; match: { score: number; threshold: number } } };
    };
    expect(envelope.record.verification.method).toBe('face');
    expect(envelope.record.verification.match.score).toBeGreaterThan(
      envelope.record.verification.match.threshold,
    );
    // Logs carry transitions and ids, never the card holder's data.
    expect(JSON.stringify(logger.lines)).not.toMatch(/王晓明|110101198503121239/);
  });

  it('rejects the live person against the cameraman card after the configured attempts and stores nothing', async () => {
    const { rig, events, api } = await startCaptureRig({
      holder: 'cameraman',
      capture: { attempts: 2, timeoutsMs: { ...defaultTimeouts(), retry: 1_000 } },
    });
    await startToFace(rig, events);
    const retries: string[] = [];
    api.subscribe(
      (e) =>
        e.name === 'session.result' &&
        e.payload.outcome === 'retry' &&
        retries.push(e.payload.reasonKey),
    );
    const result = await feedUntil(rig, await clip, events.next(isFinalResult));
    expect(retries).toEqual(['no-match']);
    expect(result.payload).toMatchObject({ outcome: 'fail', reasonKey: 'attempts-exhausted' });
    expect(await queueOf(rig)).toMatchObject({ pending: 0, sending: 0, acked: 0 });
    expect(rig.collector?.db.listRecords()).toEqual([]);
  });

  for (const kind of PHOTO_ATTACK_KINDS)
    it(`refuses a printed photo of the card holder presented ${kind}, in one session, and records nothing`, async () => {
      const { rig, events } = await startCaptureRig({ holder: 'worker' });
      await startToFace(rig, events);
      const result = await feedUntil(
        rig,
        await makeDemoAttackClip(kind),
        events.next(isFinalResult),
      );
      expect(result.payload).toMatchObject({ outcome: 'fail', reasonKey: 'spoof-suspected' });
      expect(await queueOf(rig)).toMatchObject({ pending: 0, acked: 0 });
    });

  const dataDir = sharedDataDir();
  describe.skipIf(!dataDir)(
    `with the shared camera clip and print attacks (${dataDir ? 'camera/, spoof/print' : NEEDS_SHARED_DATA})`,
    () => {
      it('passes each live person of camera/live against their own card photo, without a challenge', async () => {
        const dir = dataDir as string;
        for (const person of LIVE_PEOPLE) {
          const { rig, events } = await startCaptureRig({
            holder: { name: person, photo: liveCardPhoto(dir, person) },
          });
          await startToFace(rig, events);
          const result = await feedUntil(
            rig,
            liveClipFrames(dir, person),
            events.next(isFinalResult),
          );
          expect(result.payload, person).toMatchObject({ outcome: 'pass', reasonKey: 'matched' });
          // Talking with a confident passive score is enough: no blink or turn is asked of them.
          const challenges = events.seen.flatMap((e) =>
            e.name === 'session.state' && e.payload.state === 'face' && e.payload.challenge
              ? [e.payload.challenge]
              : [],
          );
          expect(challenges, person).toEqual([]);
        }
      }, 120_000);

      it('refuses the moved-photo clip (one still photo moved in the plane) as a spoof', async () => {
        const dir = dataDir as string;
        const { rig, events } = await startCaptureRig({
          holder: { name: 'london_104', photo: londonCardPhoto(dir) },
        });
        await startToFace(rig, events);
        const result = await feedUntil(rig, londonClipFrames(dir, 45), events.next(isFinalResult));
        expect(result.payload).toMatchObject({ outcome: 'fail', reasonKey: 'spoof-suspected' });
      }, 60_000);

      it('locks the kiosk after the configured spoofs: printed photos held to the camera', async () => {
        const dir = dataDir as string;
        const { rig, events, api } = await startCaptureRig({
          holder: 'worker',
          capture: {
            attempts: 1,
            spoofLockout: { afterSpoofs: 1, windowMs: 60_000, lockMs: 60_000 },
          },
        });
        await startToFace(rig, events);
        const locked = await feedUntil(
          rig,
          printAttackFrames(dir, 8),
          events.next(isState('locked')),
        );
        expect(locked.payload).toMatchObject({ state: 'locked', reason: 'spoof-lockout' });
        expect(await api['session.start']({})).toMatchObject({ ok: false });
        expect(await queueOf(rig)).toMatchObject({ pending: 0, acked: 0 });
      });
    },
  );
});

function defaultTimeouts() {
  return {
    consent: 60_000,
    card: 30_000,
    face: 30_000,
    matching: 10_000,
    retry: 4_000,
    operatorReview: 180_000,
    result: 15_000,
    done: 20_000,
  };
}
