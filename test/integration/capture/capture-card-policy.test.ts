// The refusal paths of issue 11 through every real part: the SAM emulator child serves a card
// profile over a socat pty, the serial reader loop reads it, the capture session applies the card
// policy, the face engine process judges real live video. Nothing refused may be recorded.
import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { liveCardPhoto, liveClipFrames } from '../../support/camera-clip-frames';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../../support/shared-data';
import {
  feedUntil,
  isFinalResult,
  isState,
  queueOf,
  startCaptureRig,
  startToFace,
} from './capture-rig';

const refusedOrFace = (event: KioskEvent) =>
  isState('face')(event) ||
  isState('card-review')(event) ||
  (event.name === 'session.result' && event.payload.outcome === 'refused');

/** Starts a session with the rig's card and returns the first event that shows how the card was judged. */
async function placeCard(card: string) {
  const started = await startCaptureRig({ holder: 'worker', cardProfile: card });
  const { rig, events, api } = started;
  const consent = events.next(isState('consent'));
  await api['session.start']({});
  await consent;
  await api['session.consent']({ accepted: true, consentVersion: 'v1' });
  const judged = events.next(refusedOrFace);
  await rig.emulator.control(`place ${rig.profile}`);
  return { ...started, judged: await judged };
}

describe('card policy over the real parts', () => {
  it.each([
    ['expired', 'expired', 'card-expired'],
    ['bad-checksum', 'checksum-mismatch', 'card-number-invalid'],
  ])(
    'refuses the %s card before the face step and records nothing',
    async (card, check, reason) => {
      const { rig, events, logger, judged } = await placeCard(card);
      expect(judged.payload).toEqual({
        outcome: 'refused',
        reasonKey: reason,
        nextSteps: ['take-card'],
        cardCheck: check,
      });
      expect(events.seen.some(isState('face'))).toBe(false);
      expect(await queueOf(rig)).toMatchObject({ pending: 0, sending: 0, acked: 0 });
      expect(rig.collector?.db.listRecords()).toEqual([]);
      expect(logger.lines).toContainEqual(
        expect.objectContaining({ event: 'capture.card-refused', fields: { check, reason } }),
      );
      expect(JSON.stringify(logger.lines)).not.toMatch(/王晓明|11010119850312123/);
    },
  );

  it('holds a card with a review finding for the operator, and takes no confirmation without a login', async () => {
    const { api, judged } = await placeCard('region-mismatch');
    expect(judged.payload).toMatchObject({
      state: 'card-review',
      items: [{ code: 'region-mismatch' }],
    });
    const anonymous = await api['card.confirm']({ answer: 'accepted' });
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'capture.operator-required' } });
  });

  const dataDir = sharedDataDir();
  describe.skipIf(!dataDir)(
    `with real live video (${dataDir ? 'camera/live' : NEEDS_SHARED_DATA})`,
    () => {
      it("refuses an impostor: a live person against another person's card, nothing recorded", async () => {
        const dir = dataDir as string;
        const { rig, events } = await startCaptureRig({
          holder: { name: 'grid_pwij3p', photo: liveCardPhoto(dir, 'grid_pwij3p') },
          capture: { attempts: 1 },
        });
        await startToFace(rig, events);
        const result = await feedUntil(
          rig,
          liveClipFrames(dir, 'grid_s1'),
          events.next(isFinalResult),
        );
        expect(result.payload).toMatchObject({ outcome: 'fail', reasonKey: 'no-match' });
        expect(await queueOf(rig)).toMatchObject({ pending: 0, sending: 0, acked: 0 });
        expect(rig.collector?.db.listRecords()).toEqual([]);
      }, 60_000);
    },
  );
});
