// A full disk during a capture commit, a purge or an export loses nothing already committed. The
// disk is real: a 2 MB tmpfs mounted in a private mount namespace (unshare; as root, or mapped to
// root in a user namespace), filled to the last byte before the operation runs.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initFileVault } from '../../../src/core/device/key-vault-file';

const CHILD = join(import.meta.dirname, 'disk-full-child.ts');
const root = mkdtempSync(join(tmpdir(), 'kiosk-disk-full-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Outcome {
  readonly failure: string | null;
  readonly partialLeft: boolean;
  readonly committed: number;
  readonly kept: number;
  readonly sealed: number;
  readonly log: { ok: boolean; records: number; purged: number };
  readonly integrity: string;
}

function onFullDisk(operation: string): Promise<Outcome> {
  const mount = mkdtempSync(join(root, `${operation}-`));
  const vaultDir = join(root, `${operation}-vault`);
  initFileVault(vaultDir);
  const namespace = process.getuid?.() === 0 ? ['-m'] : ['-r', '-m'];
  const script = 'mount -t tmpfs -o size=2m tmpfs "$1" && shift && exec "$@"';
  const args = [
    ...namespace,
    'sh',
    '-c',
    script,
    'sh',
    mount,
    process.execPath,
    '--import',
    'tsx',
    CHILD,
    mount,
    vaultDir,
    operation,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      'unshare',
      args,
      { cwd: join(import.meta.dirname, '../../..') },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`disk-full child failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Outcome);
      },
    );
  });
}

describe('a full disk', () => {
  it('refuses a capture commit as disk-full and keeps every committed record', async () => {
    const outcome = await onFullDisk('capture');
    expect(outcome).toMatchObject({
      failure: 'store-disk-full',
      committed: 6,
      kept: 6,
      sealed: 6,
      integrity: 'ok',
    });
    expect(outcome.log).toEqual({ ok: true, records: 6, purged: 0 });
  });

  it('rolls a purge back whole: nothing half-purged, the chain verifies', async () => {
    const outcome = await onFullDisk('purge');
    expect(outcome).toMatchObject({
      failure: 'store-disk-full',
      kept: 6,
      sealed: 6,
      integrity: 'ok',
    });
    expect(outcome.log).toEqual({ ok: true, records: 6, purged: 0 });
  });

  it('leaves no export file, partial or not, and the store untouched', async () => {
    const outcome = await onFullDisk('export');
    expect(outcome).toMatchObject({
      failure: 'export-disk-full',
      partialLeft: false,
      kept: 6,
      sealed: 6,
      integrity: 'ok',
    });
  });
});
