// Power-cut stand-in: a child appending records is SIGKILLed at random moments, again and again.
// After every kill the file must pass integrity_check, hold every record whose append had returned,
// and its chain must verify. KIOSK_CRASH_CYCLES raises the number of cycles (default 30).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateDeviceKey } from '../../../src/core/device/device-key';
import { openRecordStore } from '../../../src/core/store/record-store';
import { storeFixture } from './store-fixture';

const CYCLES = Number(process.env.KIOSK_CRASH_CYCLES ?? 30);
const CHILD = join(import.meta.dirname, 'append-child.ts');

/** How the child appends: one transaction per record, or bursts through the group committer. */
type AppendMode = 'single' | 'group';

/** Runs the child until a random moment (before or after it is ready), kills it, returns the ids it reported. */
function runAndKill(
  file: string,
  vaultDir: string,
  mode: AppendMode,
  random: () => number,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, vaultDir, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errors = '';
    const kill = () => child.kill('SIGKILL');
    // One cycle in five dies while opening (migrations, pragmas); the rest mid-append.
    const early = random() < 0.2;
    if (early) setTimeout(kill, random() * 400);
    child.stdout.on('data', (chunk: Buffer) => {
      const before = out;
      out += chunk.toString('utf8');
      if (!early && !before.includes('ready\n') && out.includes('ready\n'))
        setTimeout(kill, random() * 250);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${errors}`));
      // A line cut by the kill is not a report of a committed record.
      const lines = out.split('\n').slice(0, -1);
      resolve(lines.filter((line) => line !== 'ready'));
    });
  });
}

/** A small seeded generator, so a failing run can be repeated with the seed it printed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('crash safety of record appends', () => {
  const fixture = storeFixture();
  afterAll(() => fixture.cleanup());
  const seed = Number(process.env.KIOSK_CRASH_SEED ?? Date.now() % 1_000_000);

  // Group commit gets a fifth of the cycles: it shares the code after the commit with single appends.
  it.each([
    { mode: 'single' as const, cycles: CYCLES },
    { mode: 'group' as const, cycles: Math.ceil(CYCLES / 5) },
  ])(
    `keeps every returned append ($mode) through $cycles SIGKILLs (seed ${seed})`,
    { timeout: 10_000 + CYCLES * 5_000 },
    async ({ mode, cycles }) => {
      const random = seeded(seed);
      const reported: string[] = [];
      for (let cycle = 0; cycle < cycles; cycle += 1) {
        reported.push(...(await runAndKill(fixture.file, fixture.vaultDir, mode, random)));
        const store = openRecordStore({
          file: fixture.file,
          vault: fixture.vault,
          deviceKey: loadOrCreateDeviceKey(fixture.vault),
        });
        try {
          expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
          const stored = new Set(
            store.db.prepare('SELECT record_id FROM records').pluck().all() as string[],
          );
          expect(reported.filter((id) => !stored.has(id))).toEqual([]);
          const outboxRows = store.db.prepare('SELECT COUNT(*) FROM outbox').pluck().get();
          expect(outboxRows).toBe(stored.size);
          expect(store.verifyLog()).toMatchObject({ ok: true, records: stored.size });
        } finally {
          store.close();
        }
      }
      expect(reported.length).toBeGreaterThan(cycles);
    },
  );
});
