import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureSession } from '../../../src/core/capture/capture-session';
import { createHarness, feed, frame, settle, toFace } from './capture-fixtures';
import { residentCard } from './sample-card';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Walks everything reachable from the session (its own fields, nested objects, arrays, maps) except
 * the injected ports, and returns what looks like personal data: the card's strings or any image.
 */
function personalDataIn(session: CaptureSession, secrets: readonly string[]): string[] {
  const deps = (session as unknown as { deps: object }).deps;
  const skip = new Set<unknown>([deps, ...Object.values(deps)]);
  const seen = new Set<unknown>();
  const found: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (secrets.some((secret) => value.includes(secret))) found.push(path);
      return;
    }
    if (value instanceof Uint8Array || value instanceof Float32Array) {
      found.push(`${path} (${value.constructor.name})`);
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || skip.has(value)) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  visit(session, 'session');
  return found;
}

const SECRETS = ['11010119900307803X', '张三丰', '景山前街'];

describe('capture session: nothing personal outlives a session', () => {
  it('the walk finds the card while a session runs (so the check below can fail)', async () => {
    const h = createHarness();
    await toFace(h);
    await feed(h, 1);
    expect(personalDataIn(h.session, SECRETS).length).toBeGreaterThan(0);
  });

  it('card pulled mid-face: back to idle, no record, and the session holds no personal data', async () => {
    const h = createHarness();
    h.engine.assess = () => ({
      face: { quality: 0.9, embedding: new Float32Array([1, 0, 0]) },
      instruction: 'hold-still',
      liveness: { kind: 'undecided' },
      faceChanged: false,
    });
    await toFace(h);
    await feed(h, 3);
    h.session.submitFrame(frame());
    h.card({ type: 'card-removed' });
    await settle();
    expect(h.session.state).toEqual({ state: 'idle', endedBy: 'card-removed' });
    expect(h.drafts).toHaveLength(0);
    expect(personalDataIn(h.session, SECRETS)).toEqual([]);
    expect(h.session.submitFrame(frame())).toBe('ignored');
  });

  it('holds nothing after a pass, a cancel or a timeout', async () => {
    const h = createHarness();
    await toFace(h);
    await feed(h, 2);
    expect(h.session.state.state).toBe('result');
    expect(personalDataIn(h.session, SECRETS)).toEqual([]);

    const cancelled = createHarness();
    await toFace(cancelled);
    cancelled.session.cancel();
    expect(cancelled.session.state.state).toBe('done');
    expect(personalDataIn(cancelled.session, SECRETS)).toEqual([]);
  });

  it('a card pulled during consent is forgotten, and the session waits for a card again', async () => {
    const h = createHarness();
    h.card({ type: 'card-read', card: residentCard() });
    h.card({ type: 'card-removed' });
    expect(personalDataIn(h.session, SECRETS)).toEqual([]);
    h.session.consent(true, 'v1');
    expect(h.session.state.state).toBe('card');
  });

  it('a different card mid-session aborts it and starts a new session for the new card', async () => {
    const h = createHarness();
    await toFace(h);
    h.card({ type: 'card-read', card: residentCard('110101199003074215', '李四') });
    expect(h.states().slice(-2)).toEqual(['idle', 'consent']);
    expect(
      h.events.some(
        (e) =>
          e.name === 'session.state' &&
          e.payload.state === 'idle' &&
          e.payload.endedBy === 'card-changed',
      ),
    ).toBe(true);
    // The new card is held (its photo too); nothing of the first card is.
    const leftovers = personalDataIn(h.session, ['11010119900307803X', '张三丰']);
    expect(leftovers.filter((path) => !path.endsWith('Array)'))).toEqual([]);
    h.session.consent(true, 'v1');
    expect(JSON.stringify(h.session.state)).toContain('1101**********4215');
  });

  it('shutting down mid-face wipes the session and stops listening to the reader', async () => {
    const h = createHarness();
    await toFace(h);
    h.session.dispose();
    expect(h.session.state).toEqual({ state: 'idle', endedBy: 'cancelled' });
    expect(personalDataIn(h.session, SECRETS)).toEqual([]);
    expect(h.listeners.size).toBe(0);
  });

  it('the same card read again mid-session changes nothing', async () => {
    const h = createHarness();
    await toFace(h);
    const before = h.events.length;
    h.card({ type: 'card-read', card: residentCard() });
    expect(h.events.length).toBe(before);
    expect(h.session.state.state).toBe('face');
  });
});
