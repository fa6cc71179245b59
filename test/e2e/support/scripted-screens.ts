// Every worker screen as the session events describe it, for the gallery: the same contract
// payloads the engine sends, in the order a worker meets them.
import type { CardSummary } from '../../../src/shared/kiosk-api/card-summary';
import type { DeviceStatus } from '../../../src/shared/kiosk-api/device-status';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import type { UiSettings } from '../../../src/renderer/api/ui-settings';

/** A healthy device. */
export const HEALTHY: DeviceStatus = {
  reader: { state: 'connected', samId: '05.01-20240101-0000000001-1234567890' },
  camera: { deviceId: null, label: 'fake camera' },
  faceEngine: 'ready',
  disk: { freeBytes: 50 * 1024 ** 3 },
  storeFull: null,
  waitingForRestart: [],
  clockOk: true,
  kioskLocked: false,
  operatorLoggedIn: false,
};

/** Settings a deployment would give the screens. */
export const SETTINGS: UiSettings = {
  locale: 'zh-CN',
  volume: 0.5,
  personalServiceUrl: 'https://rs.example.gov.cn/personal',
  personalServiceQrText: 'https://rs.example.gov.cn/personal',
  miniProgramQrText: '#小程序://建筑工人实名制/example',
  initialPasswordRule: {
    'zh-CN': '身份证号后六位',
    en: 'the last six characters of your ID number',
  },
  camera: { deviceId: null, label: null, width: 640, height: 480 },
};

// Deadlines as the session sets them: a minute or so ahead.
const far = Date.now() + 60_000;

/** Each worker screen (its data-screen name) and the events that lead the renderer to it. */
export function galleryScript(
  card: CardSummary,
): Array<{ screen: string; shot?: string; events: KioskEvent[] }> {
  const state = (
    payload: Extract<KioskEvent, { name: 'session.state' }>['payload'],
  ): KioskEvent => ({ name: 'session.state', payload });
  const faceState = state({
    state: 'face',
    card,
    attempt: 2,
    attemptsAllowed: 3,
    instruction: 'come-closer',
    challenge: null,
    deadlineMs: far,
  });
  return [
    { screen: 'attract', events: [state({ state: 'idle', endedBy: null })] },
    {
      screen: 'consent',
      events: [
        state({ state: 'consent', consentVersion: 'v1', transmits: 'card-photo', deadlineMs: far }),
      ],
    },
    { screen: 'card', events: [state({ state: 'card', deadlineMs: far })] },
    {
      screen: 'confirmed',
      events: [
        state({
          state: 'face',
          card,
          attempt: 1,
          attemptsAllowed: 3,
          instruction: null,
          challenge: null,
          deadlineMs: far,
        }),
      ],
    },
    { screen: 'face', events: [faceState] },
    {
      screen: 'matching',
      events: [state({ state: 'matching', card, attempt: 2, deadlineMs: far })],
    },
    {
      screen: 'pass',
      events: [
        {
          name: 'session.result',
          payload: {
            outcome: 'pass',
            reasonKey: 'matched',
            nextSteps: ['take-card', 'visit-personal-service', 'set-initial-password'],
          },
        },
        state({ state: 'result', outcome: 'pass', deadlineMs: far }),
      ],
    },
    {
      screen: 'fail',
      events: [
        {
          name: 'session.result',
          payload: {
            outcome: 'fail',
            reasonKey: 'no-match',
            nextSteps: ['try-again', 'call-operator'],
          },
        },
        state({ state: 'result', outcome: 'fail', deadlineMs: far }),
      ],
    },
    {
      screen: 'retry',
      events: [
        state({
          state: 'retry',
          attempt: 1,
          attemptsAllowed: 3,
          reasonKey: 'no-face',
          deadlineMs: far,
        }),
      ],
    },
    {
      screen: 'review',
      events: [
        state({ state: 'operator-review', card, reasonKey: 'attempts-exhausted', deadlineMs: far }),
      ],
    },
    { screen: 'done', events: [state({ state: 'done', deadlineMs: far })] },
    {
      screen: 'locked',
      events: [state({ state: 'locked', reason: 'spoof-lockout', untilMs: far })],
    },
    {
      screen: 'reader-error',
      events: [
        state({ state: 'idle', endedBy: null }),
        {
          name: 'device.status',
          payload: { ...HEALTHY, reader: { state: 'disconnected', samId: null } },
        },
      ],
    },
    {
      screen: 'store-error',
      events: [
        {
          name: 'device.status',
          payload: { ...HEALTHY, storeFull: 'records' },
        },
      ],
    },
    {
      screen: 'attract',
      shot: 'network-notice',
      events: [
        { name: 'device.status', payload: HEALTHY },
        {
          name: 'queue.changed',
          payload: {
            pending: 3,
            sending: 0,
            acked: 10,
            quarantined: 0,
            oldestUnackedAtMs: Date.now() - 600_000,
            lastUploadOkAtMs: null,
          },
        },
      ],
    },
  ];
}
