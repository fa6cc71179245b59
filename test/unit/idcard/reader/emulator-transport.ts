import {
  createEmulatorLink,
  type EmulatorLink,
} from '../../../../src/core/idcard/emulator/emulator-link';
import type { SamEmulator } from '../../../../src/core/idcard/emulator/sam-emulator';
import type { SamLink, SamTransport } from '../../../../src/core/idcard/transport/sam-link';
import { transportFailure } from '../../../../src/core/idcard/transport/transport-failure';

/**
 * An in-memory reader: every open() connects a fresh in-memory emulator link (the emulator's own
 * responder, so its scriptable faults apply) and counts subscriptions, so tests can prove that
 * nothing stays attached to a dead link.
 */
export class EmulatorTransport implements SamTransport {
  readonly kind = 'serial';
  readonly description = 'emulator';
  /** Opening fails with this reason while set. */
  failOpen: 'not-found' | 'access-denied' | null = null;
  opens = 0;
  /** Subscriptions still attached, over every link ever opened. */
  subscriptions = 0;
  readonly #open = new Set<EmulatorLink>();
  #current: EmulatorLink | null = null;

  constructor(readonly emulator: SamEmulator) {}

  /** Links opened and not yet closed. */
  get openLinks(): number {
    return this.#open.size;
  }

  /** The responder of the latest link, for scripting faults. */
  get responder(): EmulatorLink['responder'] {
    if (!this.#current) throw new Error('no link opened yet');
    return this.#current.responder;
  }

  async open(): Promise<SamLink> {
    this.opens += 1;
    if (this.failOpen) throw transportFailure(this.failOpen, this.description);
    const link = createEmulatorLink(this.emulator);
    this.#open.add(link);
    this.#current = link;
    link.onClose(() => this.#open.delete(link));
    const counted =
      <A extends unknown[]>(subscribe: (...args: A) => () => void) =>
      (...args: A) => {
        this.subscriptions += 1;
        const unsubscribe = subscribe(...args);
        let done = false;
        return () => {
          if (!done) this.subscriptions -= 1;
          done = true;
          unsubscribe();
        };
      };
    return {
      description: this.description,
      send: (frame) => link.send(frame),
      onData: counted((listener: (chunk: Uint8Array) => void) => link.onData(listener)),
      onClose: counted(
        (listener: (error: Parameters<Parameters<SamLink['onClose']>[0]>[0]) => void) =>
          link.onClose(listener),
      ),
      close: () => link.close(),
    };
  }
}
