import { describe, expect, it, vi } from 'vitest';
import { Listeners } from '../../../src/shared/listeners';

describe('Listeners', () => {
  it('delivers to each listener in order of registration until it unregisters', () => {
    const listeners = new Listeners<number>();
    const heard: string[] = [];
    const offA = listeners.add((n) => heard.push(`a${n}`));
    listeners.add((n) => heard.push(`b${n}`));
    listeners.emit(1);
    offA();
    listeners.emit(2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
    expect(listeners.size).toBe(1);
  });

  it('reports a throwing listener with the value and still delivers to the others', () => {
    const onError = vi.fn();
    const listeners = new Listeners<string>(onError);
    const heard: string[] = [];
    listeners.add(() => {
      throw new Error('screen bug');
    });
    listeners.add((value) => heard.push(value));
    listeners.emit('card');
    expect(heard).toEqual(['card']);
    expect(onError).toHaveBeenCalledWith(new Error('screen bug'), 'card');
  });

  it('without an error handler, raises the bug as an uncaught error after delivering', () => {
    const listeners = new Listeners<number>();
    const heard: number[] = [];
    listeners.add(() => {
      throw new Error('unhandled bug');
    });
    listeners.add((n) => heard.push(n));
    const scheduled = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation(() => {});
    try {
      listeners.emit(7);
      expect(heard).toEqual([7]);
      const raise = scheduled.mock.calls[0]?.[0];
      expect(raise).toBeTypeOf('function');
      expect(() => raise?.()).toThrow('unhandled bug');
    } finally {
      scheduled.mockRestore();
    }
  });

  it('a listener added while delivering waits for the next value; clear drops everyone', () => {
    const listeners = new Listeners<number>();
    const heard: number[] = [];
    listeners.add(() => void listeners.add((n) => heard.push(n)));
    listeners.emit(1);
    expect(heard).toEqual([]);
    listeners.emit(2);
    expect(heard).toEqual([2]);
    listeners.clear();
    listeners.emit(3);
    expect(listeners.size).toBe(0);
    expect(heard).toEqual([2]);
  });
});
