/**
 * One capture driven the way the screens and the worker would: start, consent (accepted
 * automatically, and logged as such), card placed on the emulated reader, camera frames at a few
 * per second until the session decides, then the upload's acknowledgement.
 */
import type { Logger } from '../core/log/logger';
import type { KioskEvent } from '../shared/kiosk-api/events';
import type { KioskApi } from '../shared/kiosk-api/kiosk-api';
import type { Frame } from '../shared/kiosk-api/frame';
import type { SessionResult } from '../shared/kiosk-api/session-events';
import type { CardCheckCode } from '../shared/kiosk-api/card-checks';
import type { EmulatedReaderProcess } from '../core/idcard/transport/emulated-reader-process';
import { EventWaiter } from './event-waiter';

/** The outcome of one demo capture. */
export interface DemoOutcome {
  readonly result: SessionResult;
  /** The card check a refused or held card was judged over. */
  readonly finding: CardCheckCode | null;
  readonly recordId: string | null;
  readonly uploadStatus: 'acknowledged' | 'pending' | 'not-recorded';
  readonly stepTimesMs: Readonly<Record<string, number>>;
}

/** What the scenario drives. */
export interface ScenarioDeps {
  readonly api: KioskApi;
  readonly emulator: EmulatedReaderProcess;
  /** The card profile file to place. */
  readonly profile: string;
  readonly frames: readonly Frame[];
  readonly logger: Logger;
  /** The record id the kiosk logged on append (the session's result does not carry it). */
  readonly recordId: () => string | null;
  readonly framesPerSecond?: number;
  readonly ackTimeoutMs?: number;
  /** Called after each step with its name and time since the start. */
  readonly onStep?: (step: string, atMs: number) => void;
}

const isState = (state: string) => (event: KioskEvent) =>
  event.name === 'session.state' && event.payload.state === state;

// The card is judged once read: on to the face step, refused, or held for an operator's review.
const cardJudged = (event: KioskEvent) =>
  isState('face')(event) ||
  isState('card-review')(event) ||
  (event.name === 'session.result' && event.payload.outcome === 'refused');

/** The outcome of a card that never reached the face step, or null when it did. */
function cardOutcome(
  event: KioskEvent,
  times: Readonly<Record<string, number>>,
): DemoOutcome | null {
  const ended = (result: SessionResult, finding: CardCheckCode | null): DemoOutcome => ({
    result,
    finding,
    recordId: null,
    uploadStatus: 'not-recorded',
    stepTimesMs: times,
  });
  if (event.name === 'session.result')
    return ended(
      event.payload,
      event.payload.outcome === 'refused' ? event.payload.cardCheck : null,
    );
  if (event.name === 'session.state' && event.payload.state === 'card-review')
    return ended(
      { outcome: 'operator-review', reasonKey: 'card-needs-review', nextSteps: ['call-operator'] },
      event.payload.items[0]?.code ?? null,
    );
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one capture to its result and waits for the upload's acknowledgement of a pass. */
export async function runDemoCapture(deps: ScenarioDeps): Promise<DemoOutcome> {
  const { api, logger } = deps;
  const events = new EventWaiter(api);
  const started = performance.now();
  const times: Record<string, number> = {};
  const step = (name: string) => {
    times[name] = Math.round(performance.now() - started);
    deps.onStep?.(name, times[name]);
  };
  try {
    const consent = events.next(isState('consent'));
    const answer = await api['session.start']({});
    if (!answer.ok) throw new Error(`session.start refused: ${answer.error.text.en}`);
    const view = await consent;
    const version =
      view.name === 'session.state' && view.payload.state === 'consent'
        ? view.payload.consentVersion
        : '';
    logger.log('info', 'demo.consent-accepted-automatically', { consentVersion: version });
    await api['session.consent']({ accepted: true, consentVersion: version });
    step('consent');
    const judged = events.next(cardJudged);
    await deps.emulator.control(`place ${deps.profile}`);
    step('card-placed');
    const card = await judged;
    step('card-read');
    const early = cardOutcome(card, times);
    if (early) return early;
    const result = events.next((e) => e.name === 'session.result' && e.payload.outcome !== 'retry');
    let decided = false;
    void result.then(
      () => (decided = true),
      () => (decided = true),
    );
    const interval = 1000 / (deps.framesPerSecond ?? 5);
    for (let i = 0; !decided; i += 1) {
      await api['frame.submit'](deps.frames[i % deps.frames.length] as Frame);
      await sleep(interval);
    }
    const final = await result;
    step('decision');
    if (final.name !== 'session.result') throw new Error('unreachable');
    if (final.payload.outcome !== 'pass')
      return {
        result: final.payload,
        finding: null,
        recordId: null,
        uploadStatus: 'not-recorded',
        stepTimesMs: times,
      };
    const acked = await waitForAck(api, deps.ackTimeoutMs ?? 20_000);
    if (acked) step('acknowledged');
    return {
      result: final.payload,
      finding: null,
      recordId: deps.recordId(),
      uploadStatus: acked ? 'acknowledged' : 'pending',
      stepTimesMs: times,
    };
  } finally {
    events.close();
  }
}

async function waitForAck(api: KioskApi, timeoutMs: number): Promise<boolean> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    const queue = await api['queue.status']({});
    if (queue.ok && queue.value.acked > 0) return true;
    await sleep(50);
  }
  return false;
}
