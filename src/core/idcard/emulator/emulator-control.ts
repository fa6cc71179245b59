import type { AnswerSpeed } from './answer-timing';
import { isFaultName, LINE_FAULT_OF, type FaultName } from './emulator-faults';
import type { Responder } from './emulator-responder';
import { loadCardProfile } from './load-card-profile';
import type { SamEmulator } from './sam-emulator';

/** The control lines an emulator accepts on stdin, one per line. */
export const CONTROL_USAGE = [
  'place <profile name or file>   put a card on the reader (replaces any card there)',
  'remove                         lift the card',
  'fault <name> on|off            switch a fault: remove-mid-read bad-checksum garbage tiny-chunks silence dead-port',
  'speed instant|real|<ms>        how fast the SAM answers',
];

/** Switches one fault on the emulator or its responder. */
export function setFault(
  emulator: SamEmulator,
  responder: Responder,
  fault: FaultName,
  on: boolean,
): void {
  const lineFault = LINE_FAULT_OF[fault];
  if (lineFault) responder.faults[lineFault] = on;
  else if (fault === 'remove-mid-read') emulator.removeMidRead = on;
  else if (on) emulator.remove(); // no-card
}

/** Parses `instant`, `real` or a delay in ms; null when it is none of them. */
export function parseSpeed(text: string): AnswerSpeed | null {
  if (text === 'instant') return { kind: 'instant' };
  if (text === 'real') return { kind: 'real' };
  return /^\d+$/.test(text) ? { kind: 'fixed', delayMs: Number(text) } : null;
}

/** Applies one control line; resolves to the reply line (`ok ...` or `error ...`). */
export async function applyControlLine(
  line: string,
  emulator: SamEmulator,
  responder: Responder,
): Promise<string> {
  const [verb, arg, state] = line.trim().split(/\s+/);
  if (verb === 'place' && arg) {
    emulator.place(await loadCardProfile(arg));
    return `ok placed ${arg}`;
  }
  if (verb === 'remove') {
    emulator.remove();
    return 'ok removed';
  }
  if (verb === 'fault' && arg && isFaultName(arg) && (state === 'on' || state === 'off')) {
    setFault(emulator, responder, arg, state === 'on');
    return `ok fault ${arg} ${state}`;
  }
  const speed = verb === 'speed' && arg ? parseSpeed(arg) : null;
  if (speed) {
    responder.speed = speed;
    return `ok speed ${arg}`;
  }
  return `error unknown control line; use one of: ${CONTROL_USAGE.map((u) => u.split('  ')[0]).join(' | ')}`;
}
