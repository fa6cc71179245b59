import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionReport } from '../../../src/core/face/eval/session-report';
import { parseCalibration } from '../../../src/core/face/match/calibration';
import {
  modelHashMismatches,
  loadedModelHashes,
} from '../../../src/core/face/match/calibration-binding';
import { readModelManifest } from '../../../src/core/face/model-files';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import { NEEDS_SHARED_DATA, sharedDataDir } from '../../support/shared-data';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const shared = sharedDataDir();
const evalFaces = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/eval-faces.ts', ...args], {
    cwd: root,
    maxBuffer: 1 << 22,
  });

describe('eval:faces usage', () => {
  it('exits 2 with the usage when no set is given', async () => {
    const failure = await evalFaces().catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('Usage: npm run eval:faces');
  });
});

describe('eval:faces failures', () => {
  it('exits 2 naming a set folder that does not exist', async () => {
    const failure = await evalFaces('--set', '/nonexistent-face-set').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain(
      'Face set folder not found: /nonexistent-face-set',
    );
  });

  it('exits 1 with the engine message when the models are missing', async () => {
    const failure = await evalFaces('--set', '.', '--models', '/nonexistent-models').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('npm run models');
  });
});

describe.skipIf(!shared)(`eval:faces on a dev-set subset (${NEEDS_SHARED_DATA})`, () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eval-faces-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints exactly one JSON object of both conditions and writes a valid calibration', async () => {
    const calibration = join(dir, 'calibration.json');
    const args = [
      '--set',
      join(shared as string, 'faces'),
      '--limit',
      '12',
      '--json',
      '--calibrate',
      calibration,
    ];
    const { stdout } = await evalFaces(...args);
    const document = JSON.parse(stdout) as { conditions: Record<string, Record<string, unknown>> };
    expect(Object.keys(document)).toEqual(['conditions']);
    expect(Object.keys(document.conditions)).toEqual(['asIs', 'card']);
    const card = document.conditions.card as {
      genuine: number;
      impostors: number;
      tarAtFar: Record<string, number | null>;
    };
    expect(Object.keys(card)).toEqual(['genuine', 'impostors', 'failures', 'eer', 'tarAtFar']);
    // 12 identities spread over the set: 8 celeba_ with 4 images, 4 london_ with 2, 40 images.
    // Card impostors are ordered cross-identity pairs: 40*39 - (8*4*3 + 4*2*1) = 1456, enough
    // for FAR 0.1% (1000), not for 0.01% (10000).
    expect([card.genuine, card.impostors]).toEqual([52, 1456]);
    expect(card.tarAtFar['0.01']).toBeGreaterThan(0.5);
    expect(card.tarAtFar['0.0001']).toBeNull();
    const written = parseCalibration(JSON.parse(await readFile(calibration, 'utf8')));
    expect(Object.keys(written.operatingPoints)).toEqual(['far-1e-2', 'far-1e-3']);
    expect(written.computedOn.genuine).toBe(card.genuine);
    // The calibration names the sha256 of every model file it was made with: the kiosk accepts it.
    const loaded = loadedModelHashes(await readModelManifest(join(root, 'models')));
    expect(Object.keys(written.computedOn.models).sort()).toEqual(Object.keys(loaded).sort());
    expect(modelHashMismatches(written.computedOn.models, loaded)).toEqual([]);
  }, 600_000);

  it('with --sessions adds session figures per operating point, section and bound', async () => {
    const calibration = join(dir, 'sessions-calibration.json');
    const set = join(shared as string, 'faces');
    const args = [
      '--set',
      set,
      '--limit',
      '12',
      '--sessions',
      '--json',
      '--calibrate',
      calibration,
    ];
    const { stdout } = await evalFaces(...args);
    const { sessions } = JSON.parse(stdout) as { sessions: SessionReport };
    expect(sessions).toMatchObject({
      attempts: DEFAULT_CONFIG.capture.attempts,
      impostorTarget: 0.001,
    });
    expect(sessions.points.map((point) => point.name)).toEqual(['far-1e-2', 'far-1e-3']);
    const all = sessions.points[0]?.sections.all;
    expect(Object.keys(sessions.points[0]?.sections ?? {})).toEqual(['all', 'celeba', 'london']);
    // Same-view sessions are the card pairs, both ways for genuine ones: 8*4*3 + 4*2*1 = 104.
    expect([all?.['same-view'].genuineSessions, all?.['same-view'].impostorSessions]).toEqual([
      104, 1456,
    ]);
    // New-view: one session per card image and person: 40 genuine, 40 * 11 impostor.
    expect([all?.['new-view'].genuineSessions, all?.['new-view'].impostorSessions]).toEqual([
      40, 440,
    ]);
    // 440 impostor sessions cannot resolve 0.1%: no session point, the calibration keeps far-1e-3.
    const written = parseCalibration(JSON.parse(await readFile(calibration, 'utf8')));
    expect(written.defaultOperatingPoint).toBe('far-1e-3');
    expect(Object.keys(written.operatingPoints)).toEqual(['far-1e-2', 'far-1e-3']);
  }, 600_000);
});
