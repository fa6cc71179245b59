/** One subcommand of the `kiosk` command line. */
export interface CliCommand {
  readonly name: string;
  /** One line for `kiosk help`. */
  readonly summary: string;
  /** Usage text printed by `kiosk help NAME` and on a usage error. */
  readonly usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: readonly string[]): Promise<number>;
}

/** A wrong invocation: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
