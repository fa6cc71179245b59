// Writes an export so that a full disk or a crash never leaves a file that looks complete: lines
// go to `FILE.partial`, which is flushed to disk and only then renamed to FILE.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { KioskError } from '../kiosk-error';
import { LIFECYCLE_TEXTS } from '../../shared/i18n/catalog-lifecycle';
import { localize } from '../../shared/i18n/locale';

/** An export that could not be written; no file was left at the target path. */
class ExportWriteError extends KioskError {
  constructor(
    readonly file: string,
    readonly reason: 'disk-full' | 'io',
    options?: { cause?: unknown },
  ) {
    const text =
      reason === 'disk-full' ? LIFECYCLE_TEXTS.exportDiskFull : LIFECYCLE_TEXTS.exportFailed;
    super(`export-${reason}`, localize(text, { file }), reason === 'disk-full', options);
  }
}

/** Writes `lines` to `file` atomically; throws ExportWriteError and removes the partial file on failure. */
export function writeExportFile(file: string, lines: Iterable<string>): void {
  const partial = `${file}.partial`;
  let fd: number | null = null;
  try {
    fd = openSync(partial, 'w', 0o600);
    for (const line of lines) writeSync(fd, line);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(partial, file);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(partial, { force: true });
    const code = (error as { code?: unknown }).code;
    throw new ExportWriteError(file, code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'io', {
      cause: error,
    });
  }
}
