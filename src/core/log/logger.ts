/**
 * Structured logging. Events are short machine-readable names; fields must never carry personal
 * data (names, ID numbers, images): log record ids, codes, sizes and timings instead.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Field values a log line may carry. */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Where log lines go. */
export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** A logger that writes one JSON object per line to a sink (stderr by default). */
export function createJsonLogger(
  minLevel: LogLevel = 'info',
  sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  now: () => Date = () => new Date(),
): Logger {
  return {
    log(level, event, fields) {
      if (ORDER[level] < ORDER[minLevel]) return;
      sink(JSON.stringify({ time: now().toISOString(), level, event, ...fields }));
    },
  };
}

/** A logger that drops everything: for tests that do not look at logs. */
export const silentLogger: Logger = { log() {} };

/** A logger that keeps lines in memory, for tests that check what was logged. */
export function createMemoryLogger(): Logger & {
  readonly lines: { level: LogLevel; event: string; fields?: LogFields }[];
} {
  const lines: { level: LogLevel; event: string; fields?: LogFields }[] = [];
  return {
    lines,
    log: (level, event, fields) => lines.push({ level, event, ...(fields ? { fields } : {}) }),
  };
}
