// Builds the screens once per test file into a temporary folder, so e2e runs never touch dist/
// (another build may be serving it) and always test the current source. Call
// `disposeRendererBuild` in the file's afterAll.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

let built: Promise<string> | null = null;

/** The folder holding a fresh renderer build. */
export function rendererBuild(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'kiosk-renderer-'));
    await build({
      configFile: resolve(import.meta.dirname, '../../../vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    return outDir;
  })();
  return built;
}

/** Removes the build, if one was made. */
export async function disposeRendererBuild(): Promise<void> {
  if (!built) return;
  const outDir = await built.catch(() => null);
  built = null;
  if (outDir) await rm(outDir, { recursive: true, force: true });
}
