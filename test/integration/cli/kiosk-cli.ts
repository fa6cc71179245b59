// Runs the real `kiosk` command line as a child process in a chosen working directory.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, 'src/cli/main.ts');
// `--import tsx` would resolve tsx from the working directory, which here is a temp folder.
const TSX = pathToFileURL(resolve(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** The outcome of one CLI run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `kiosk ...args` in `cwd` (relative configuration paths resolve there). */
export function runKiosk(cwd: string, ...args: string[]): Promise<CliRun> {
  return runKioskWithInput(cwd, '', ...args);
}

/** Runs `kiosk ...args` in `cwd` with `input` on its standard input (a PIN, for instance). */
export function runKioskWithInput(cwd: string, input: string, ...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ['--import', TSX, CLI, ...args],
      { cwd },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}
