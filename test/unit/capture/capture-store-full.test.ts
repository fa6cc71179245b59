// A store that would refuse the record: no capture starts, so no worker is taken through one whose
// record is then refused at the end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, feed, toFace } from './capture-fixtures';
import { residentCard } from './sample-card';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('capture session: a store that refuses records', () => {
  it('stays idle when a card is placed and read, keeping nothing, and announces idle again', async () => {
    const h = createHarness();
    h.sink.accepting = false;
    h.card({ type: 'card-present' });
    h.card({ type: 'card-read', card: residentCard() });
    expect(h.session.state).toEqual({ state: 'idle', endedBy: null });
    expect(h.states()).toEqual(['idle', 'idle']);
    expect(h.engine.attempts).toBe(0);
    expect(h.drafts).toHaveLength(0);
  });

  it('refuses session.start with the worker-facing reason from the catalog', () => {
    const h = createHarness();
    h.sink.accepting = false;
    const started = h.session.start();
    expect(started).toMatchObject({ ok: false, error: { reason: 'store-full' } });
    if (started.ok) return;
    expect(started.error.text['zh-CN']).toContain('请告诉工作人员');
    expect(started.error.text.en).toContain('tell a member of staff');
    expect(h.session.state.state).toBe('idle');
  });

  it('starts again once the store takes records, for a card placed after that', async () => {
    const h = createHarness();
    h.sink.accepting = false;
    h.card({ type: 'card-present' });
    h.card({ type: 'card-removed' });
    h.sink.accepting = true;
    await toFace(h);
    await feed(h, 2);
    expect(h.drafts).toHaveLength(1);
  });
});
