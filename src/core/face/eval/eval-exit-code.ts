/** How the evaluation commands (eval:faces, eval:sessions) end on an expected failure. */
import { KioskError } from '../../kiosk-error';

/**
 * Writes the failure to stderr and returns the exit code: 2 for an unusable set (an instance of
 * `setError`), 1 for the engine or calibration (a KioskError); anything else is a bug and rethrown.
 */
export function evalFailureExitCode(
  error: unknown,
  setError: abstract new (...args: never[]) => Error,
): number {
  if (error instanceof setError) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (error instanceof KioskError) {
    // Developers run these commands: the English text is enough.
    process.stderr.write(`${error.text.en}\n`);
    return 1;
  }
  throw error;
}
