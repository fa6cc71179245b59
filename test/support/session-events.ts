// Tests on the capture session's events, for the capture tests and the benches that wait on them.
import type { KioskEvent } from '../../src/shared/kiosk-api/events';

/** A session.state event of the given state (and passing `extra`, when given). */
export const isState =
  (state: string, extra: (event: KioskEvent) => boolean = () => true) =>
  (event: KioskEvent) =>
    event.name === 'session.state' && event.payload.state === state && extra(event);

/** A final session.result (not a retry or a step to review). */
export const isFinalResult = (event: KioskEvent) =>
  event.name === 'session.result' &&
  (event.payload.outcome === 'pass' || event.payload.outcome === 'fail');
