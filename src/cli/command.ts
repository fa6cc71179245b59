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

/** `--port`'s value as a TCP port (0 picks a free one), `fallback` when it is not given. */
export function portOption(value: string | undefined, fallback: number): number {
  const port = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number, not ${value}`);
  return port;
}

/** Resolves on SIGINT or SIGTERM: where a long-running command (a server) stops. */
export function untilSignalled(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
