import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { API_MESSAGES } from '../../../src/shared/i18n/catalog-capture';
import {
  commandRoleSchema,
  roleAllows,
  type CommandRole,
  type StaffRole,
} from '../../../src/shared/kiosk-api/command-roles';
import { KIOSK_COMMANDS } from '../../../src/shared/kiosk-api/commands';
import { kioskEventSchema } from '../../../src/shared/kiosk-api/events';
import { frameSchema } from '../../../src/shared/kiosk-api/frame';
import { dispatchCommand, type KioskService } from '../../../src/shared/kiosk-api/kiosk-api';
import { decodeFrameMessage, encodeFrameMessage } from '../../../src/shared/kiosk-api/wire';

/** An API whose every command answers `answer`, with `held` logged in (the dispatcher is under test). */
function apiAnswering(
  answer: unknown,
  held: StaffRole | null = 'technician',
): KioskService & { calls: string[] } {
  const calls: string[] = [];
  const api = Object.fromEntries(
    Object.keys(KIOSK_COMMANDS).map((name) => [
      name,
      async () => {
        calls.push(name);
        return answer;
      },
    ]),
  );
  const authorize = (required: CommandRole) => roleAllows(required, held);
  return Object.assign(api as unknown as KioskService, { calls, authorize });
}

describe('KioskApi dispatch: every payload checked against the contract', () => {
  it('passes a valid request through and returns the validated answer', async () => {
    const api = apiAnswering({ ok: true, value: {} });
    const result = await dispatchCommand(
      api,
      'session.consent',
      { accepted: true, consentVersion: 'v1' },
      vi.fn(),
    );
    expect(result).toEqual({ ok: true, value: {} });
    expect(api.calls).toEqual(['session.consent']);
  });

  it.each([
    ['an unknown command', 'session.explode', {}, 'api.unknown-command'],
    ['an inherited name', 'toString', {}, 'api.unknown-command'],
    ['a missing field', 'session.consent', { accepted: true }, 'api.invalid-request'],
    ['an extra field', 'session.start', { admin: true }, 'api.invalid-request'],
    ['a PIN with letters', 'operator.login', { pin: '12ab' }, 'api.invalid-request'],
    [
      'a non-http endpoint',
      'setup.endpoint',
      { endpoint: 'file:///etc/passwd' },
      'api.invalid-request',
    ],
  ])('refuses %s without calling the API', async (_what, name, payload, code) => {
    const api = apiAnswering({ ok: true, value: {} });
    const result = await dispatchCommand(api, name, payload, vi.fn());
    expect(result.ok ? null : result.error.code).toBe(code);
    expect(api.calls).toEqual([]);
  });

  it('turns an answer outside the contract or a throw into an internal problem, reported as a bug', async () => {
    const onBug = vi.fn();
    const bad = await dispatchCommand(
      apiAnswering({ ok: true, value: { leaked: 'x' } }),
      'session.start',
      {},
      onBug,
    );
    expect(bad).toEqual({
      ok: false,
      error: { code: 'api.internal', text: API_MESSAGES.internal, retryable: true },
    });
    const throwing = {
      ...apiAnswering(null),
      'status.get': () => Promise.reject(new Error('boom')),
    };
    expect((await dispatchCommand(throwing, 'status.get', {}, onBug)).ok).toBe(false);
    expect(onBug).toHaveBeenCalledTimes(2);
  });
});

describe('KioskApi roles: every command declares who may call it', () => {
  const WORKER_FLOW = [
    'session.start',
    'session.consent',
    'session.cancel',
    'frame.submit',
    'operator.login',
    'operator.logout',
    'status.get',
    'ui.settings',
  ];

  it.each(Object.entries(KIOSK_COMMANDS))('%s declares a known role', (_name, spec) => {
    expect(commandRoleSchema.safeParse(spec.role).success).toBe(true);
  });

  it('leaves only the worker flow, the login and device health open without a login', () => {
    const open = Object.entries(KIOSK_COMMANDS)
      .filter(([, spec]) => spec.role === 'worker')
      .map(([name]) => name);
    expect(open.sort()).toEqual([...WORKER_FLOW].sort());
  });

  it('reserves every setup command for a technician', () => {
    const setup = Object.entries(KIOSK_COMMANDS).filter(([name]) => name.startsWith('setup.'));
    expect(setup.length).toBeGreaterThan(0);
    for (const [, spec] of setup) expect(spec.role).toBe('technician');
  });

  it.each([
    ['worker', null, true],
    ['operator', null, false],
    ['technician', null, false],
    ['operator', 'operator', true],
    ['technician', 'operator', false],
    ['operator', 'technician', true],
    ['technician', 'technician', true],
  ] as const)('a %s command with %s logged in: allowed %s', (required, held, allowed) => {
    expect(roleAllows(required, held)).toBe(allowed);
  });

  it.each([
    [null, 'queue.status', {}],
    [null, 'operator.verify', { verdict: 'verified' }],
    ['operator', 'setup.operating-point', { operatingPoint: 'far-1e-2' }],
    [null, 'setup.operating-point', { operatingPoint: 'far-1e-2' }],
  ] as const)(
    'with %s logged in refuses %s as api.unauthorized without calling the API',
    async (held, name, payload) => {
      const api = apiAnswering({ ok: true, value: {} }, held);
      const result = await dispatchCommand(api, name, payload, vi.fn());
      expect(result).toEqual({
        ok: false,
        error: { code: 'api.unauthorized', text: API_MESSAGES.unauthorized, retryable: false },
      });
      expect(api.calls).toEqual([]);
    },
  );
});

describe('KioskApi events', () => {
  it('accepts a valid event and refuses a score or a full ID number smuggled in', () => {
    expect(
      kioskEventSchema.safeParse({
        name: 'session.state',
        payload: { state: 'idle', endedBy: null },
      }).success,
    ).toBe(true);
    const withScore = {
      name: 'session.result',
      payload: { outcome: 'pass', reasonKey: 'matched', nextSteps: [], score: 0.8 },
    };
    expect(kioskEventSchema.safeParse(withScore).success).toBe(false);
    const card = {
      cardType: 'resident',
      name: '张三',
      maskedId: '11010119900307803X',
      photo: null,
    };
    const face = {
      state: 'face',
      card,
      attempt: 1,
      attemptsAllowed: 3,
      instruction: null,
      challenge: null,
      deadlineMs: null,
    };
    expect(kioskEventSchema.safeParse({ name: 'session.state', payload: face }).success).toBe(
      false,
    );
  });
});

describe('frames on the wire', () => {
  it('round-trips any header and bytes through the binary message', () => {
    fc.assert(
      fc.property(
        fc.record({
          id: fc.nat(),
          width: fc.integer({ min: 16, max: 1920 }),
          height: fc.integer({ min: 16, max: 1920 }),
          format: fc.constantFrom('jpeg' as const, 'rgba' as const),
        }),
        fc.uint8Array({ maxLength: 2048 }),
        (header, data) => {
          const decoded = decodeFrameMessage(encodeFrameMessage(header, data));
          expect(decoded?.header).toEqual(header);
          expect(Array.from(decoded?.data ?? [])).toEqual(Array.from(data));
        },
      ),
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => void decodeFrameMessage(bytes)),
    );
  });

  it('refuses a header too long, bad JSON or a header that is not a frame header', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    const withHeader = (json: Uint8Array) =>
      new Uint8Array([json.length >> 8, json.length & 255, ...json]);
    expect(decodeFrameMessage(new Uint8Array([0xff, 0xff, 1, 2]))).toBeNull();
    expect(decodeFrameMessage(withHeader(text('{"id":1,')))).toBeNull();
    expect(
      decodeFrameMessage(withHeader(text('{"id":1,"width":9,"height":20,"format":"jpeg"}'))),
    ).toBeNull();
  });

  it('refuses RGBA data whose length does not fit the size', () => {
    const frame = { width: 16, height: 16, format: 'rgba', data: new Uint8Array(16 * 16 * 4 - 1) };
    expect(frameSchema.safeParse(frame).success).toBe(false);
    expect(frameSchema.safeParse({ ...frame, data: new Uint8Array(16 * 16 * 4) }).success).toBe(
      true,
    );
  });
});
