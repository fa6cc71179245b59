import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import type { CardSummary } from '../../../src/shared/kiosk-api/card-summary';
import type { DeviceStatus } from '../../../src/shared/kiosk-api/device-status';
import type { SessionStateView } from '../../../src/shared/kiosk-api/session-events';
import {
  INITIAL_WORKER_MODEL,
  applyWorkerEvent,
  withCameraFailed,
  type WorkerModel,
} from '../../../src/renderer/worker/worker-model';
import { DEFAULT_TIMING, workerScreen } from '../../../src/renderer/worker/worker-screen-model';
import { promptFor, VOICE_PROMPTS } from '../../../src/renderer/voice/voice-prompts';

const card: CardSummary = {
  cardType: 'resident',
  name: '测试',
  maskedId: '1101**********123X',
  photo: null,
};
const status: DeviceStatus = {
  reader: { state: 'connected', samId: '05.01-20240101-0000000001-1234567890' },
  camera: { deviceId: null, label: null },
  faceEngine: 'ready',
  disk: { freeBytes: 10e9 },
  storeFull: null,
  waitingForRestart: [],
  clockOk: true,
  kioskLocked: false,
  operatorLoggedIn: false,
};
const state = (payload: SessionStateView): KioskEvent => ({ name: 'session.state', payload });
const face = (attempt: number, instruction: 'come-closer' | null = null): KioskEvent =>
  state({
    state: 'face',
    card,
    attempt,
    attemptsAllowed: 3,
    instruction,
    challenge: null,
    deadlineMs: 9e12,
  });

function fold(
  events: Array<[KioskEvent, number]>,
  from: WorkerModel = INITIAL_WORKER_MODEL,
): WorkerModel {
  return events.reduce((m, [event, at]) => applyWorkerEvent(m, event, at), from);
}

describe('worker screen derivation', () => {
  it('waits for the connection before showing any screen', () => {
    expect(workerScreen(INITIAL_WORKER_MODEL, 0).kind).toBe('connecting');
  });

  it('confirms the card first, then shows the camera with one instruction', () => {
    const model = fold([
      [face(1), 1000],
      [face(1, 'come-closer'), 2000],
    ]);
    expect(workerScreen(model, 1000 + DEFAULT_TIMING.confirmMs - 1)).toMatchObject({
      kind: 'confirmed',
      card,
    });
    expect(workerScreen(model, 1000 + DEFAULT_TIMING.confirmMs)).toMatchObject({
      kind: 'face',
      instruction: 'come-closer',
    });
  });

  it('shows and speaks a turn challenge in place of the guidance while it is asked', () => {
    const challenged = state({
      state: 'face',
      card,
      attempt: 2,
      attemptsAllowed: 3,
      instruction: 'come-closer',
      challenge: 'turn-head-right',
      deadlineMs: 9e12,
    });
    const screen = workerScreen(fold([[challenged, 1000]]), 1000);
    expect(screen).toMatchObject({ kind: 'face', instruction: 'turn-head-right' });
    expect(promptFor(screen)).toBe('guidance-turn-head-right');
    expect(VOICE_PROMPTS.get('guidance-turn-head-right')?.['zh-CN']).toContain('向右转头');
  });

  it('does not confirm the card again on a second attempt', () => {
    expect(workerScreen(fold([[face(2), 1000]]), 1000).kind).toBe('face');
  });

  it('shows the pass with the next steps of the result and forgets them when a new session starts', () => {
    const passed = fold([
      [
        {
          name: 'session.result',
          payload: {
            outcome: 'pass',
            reasonKey: 'matched',
            nextSteps: ['take-card', 'visit-personal-service'],
          },
        },
        1,
      ],
      [state({ state: 'result', outcome: 'pass', deadlineMs: 50 }), 2],
    ]);
    expect(workerScreen(passed, 3)).toEqual({
      kind: 'pass',
      nextSteps: ['take-card', 'visit-personal-service'],
      unprintedSlip: null,
      deadlineMs: 50,
    });
    const again = fold(
      [
        [
          state({ state: 'consent', consentVersion: 'v1', transmits: 'neither', deadlineMs: null }),
          4,
        ],
      ],
      passed,
    );
    expect(again.result).toBeNull();
  });

  it('shows the slip the printer could not print on the pass, and forgets it when a new session starts', () => {
    const passed = fold([
      [
        {
          name: 'session.result',
          payload: { outcome: 'pass', reasonKey: 'matched', nextSteps: [] },
        },
        1,
      ],
      [state({ state: 'result', outcome: 'pass', deadlineMs: 50 }), 2],
      [{ name: 'slip.unprinted', payload: { text: 'slip text' } }, 3],
    ]);
    expect(workerScreen(passed, 4)).toMatchObject({ kind: 'pass', unprintedSlip: 'slip text' });
    const again = fold([[state({ state: 'idle', endedBy: null }), 5]], passed);
    expect(again.unprintedSlip).toBeNull();
  });

  it('names the failure reason on a fail', () => {
    const failed = fold([
      [
        {
          name: 'session.result',
          payload: { outcome: 'fail', reasonKey: 'no-match', nextSteps: ['call-operator'] },
        },
        1,
      ],
      [state({ state: 'result', outcome: 'fail', deadlineMs: null }), 2],
    ]);
    expect(workerScreen(failed, 3)).toMatchObject({
      kind: 'fail',
      reasonKey: 'no-match',
      nextSteps: ['call-operator'],
    });
  });

  it('tells a refused card its one reason and speaks it, and asks the worker to wait during a card review', () => {
    const refused = fold([
      [
        {
          name: 'session.result',
          payload: {
            outcome: 'refused',
            reasonKey: 'card-expired',
            nextSteps: ['take-card'],
            cardCheck: 'expired',
          },
        },
        1,
      ],
      [state({ state: 'result', outcome: 'refused', deadlineMs: null }), 2],
    ]);
    const screen = workerScreen(refused, 3);
    expect(screen).toEqual({ kind: 'refused', reasonKey: 'card-expired', deadlineMs: null });
    expect(promptFor(screen)).toBe('refused-card-expired');
    expect(VOICE_PROMPTS.get('refused-card-expired')?.['zh-CN']).toContain('派出所');
    const review = fold([
      [
        state({
          state: 'card-review',
          card,
          items: [
            {
              code: 'unknown-nation-code',
              text: { 'zh-CN': '民族代码未知', en: 'Unknown nation code' },
            },
          ],
          deadlineMs: 5,
        }),
        1,
      ],
    ]);
    expect(workerScreen(review, 2)).toEqual({
      kind: 'review',
      reasonKey: 'card-needs-review',
      deadlineMs: 5,
    });
  });

  it('blocks the idle screen on a missing reader or a store that refuses records, in that order', () => {
    const idle = fold([[state({ state: 'idle', endedBy: null }), 0]]);
    const unplugged = {
      ...status,
      reader: { state: 'disconnected' as const, samId: null },
      storeFull: 'disk' as const,
    };
    expect(
      workerScreen(fold([[{ name: 'device.status', payload: unplugged }, 0]], idle), 0),
    ).toEqual({ kind: 'device-error', fault: 'reader' });
    // Every limit the store enforces, not only the disk floor, turns the worker away before a capture.
    for (const storeFull of ['records', 'bytes', 'disk'] as const) {
      const full = { ...status, storeFull };
      expect(workerScreen(fold([[{ name: 'device.status', payload: full }, 0]], idle), 0)).toEqual({
        kind: 'device-error',
        fault: 'store',
      });
    }
    expect(
      workerScreen(fold([[{ name: 'device.status', payload: status }, 0]], idle), 0).kind,
    ).toBe('attract');
  });

  it('reports a camera failure during the face step and clears it when the camera recovers', () => {
    const failed = withCameraFailed(fold([[face(2), 0]]), true);
    expect(workerScreen(failed, 0)).toEqual({ kind: 'device-error', fault: 'camera' });
    expect(workerScreen(withCameraFailed(failed, false), 0).kind).toBe('face');
  });

  it('tells the worker the network is down only once the oldest record has waited too long', () => {
    const queued = fold([
      [state({ state: 'idle', endedBy: 'card-removed' }), 0],
      [
        {
          name: 'queue.changed',
          payload: {
            pending: 1,
            sending: 0,
            acked: 0,
            quarantined: 0,
            oldestUnackedAtMs: 1000,
            lastUploadOkAtMs: null,
          },
        },
        0,
      ],
    ]);
    expect(workerScreen(queued, 1000 + DEFAULT_TIMING.networkStaleMs)).toEqual({
      kind: 'attract',
      networkDown: false,
      endedBy: 'card-removed',
    });
    expect(workerScreen(queued, 1001 + DEFAULT_TIMING.networkStaleMs)).toMatchObject({
      kind: 'attract',
      networkDown: true,
    });
  });

  it('shows the lock with its end time', () => {
    expect(
      workerScreen(
        fold([[state({ state: 'locked', reason: 'spoof-lockout', untilMs: 77 }), 0]]),
        0,
      ),
    ).toEqual({ kind: 'locked', untilMs: 77 });
  });
});
