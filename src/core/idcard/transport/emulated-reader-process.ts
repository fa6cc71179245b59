// Runs `kiosk emulate-reader` as a child process on one end of a pty pair, as a reader the host
// has never seen in-process: the demo and the CLI tests drive it over its stdin control protocol.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const CLI_MAIN = resolve(import.meta.dirname, '../../../cli/main.ts');

/** A running emulate-reader child. */
export interface EmulatedReaderProcess {
  /** Sends one control line (e.g. `place resident`) and resolves with the reply (`ok …`); rejects on `error …`. */
  control(line: string): Promise<string>;
  /** Ends the child (SIGTERM) and resolves once it has exited. */
  stop(): Promise<void>;
}

/** Starts the emulator on `port` and resolves once it reports `ready`; rejects (child killed) if it exits first. */
export function startEmulatedReader(
  port: string,
  args: readonly string[] = [],
): Promise<EmulatedReaderProcess> {
  // `--import tsx` runs the TypeScript CLI without a build step, whoever the parent is.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI_MAIN, 'emulate-reader', '--port', port, ...args],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-4000);
  });
  const lines = createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise<string>((resolveLine) => waiting.push(resolveLine));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    lines.close();
  };
  const process_: EmulatedReaderProcess = {
    async control(line) {
      const reply = nextLine();
      child.stdin.write(`${line}\n`);
      const answer = await reply;
      if (answer.startsWith('error')) throw new Error(`emulate-reader: ${answer}`);
      return answer;
    },
    stop,
  };
  return new Promise<EmulatedReaderProcess>((resolveReady, reject) => {
    void exited.then(() =>
      reject(new Error(`emulate-reader exited before it was ready:\n${stderr}`)),
    );
    void nextLine().then((line) => {
      if (line.startsWith('ready')) resolveReady(process_);
      else
        void stop().then(() =>
          reject(new Error(`emulate-reader said "${line}" instead of ready:\n${stderr}`)),
        );
    });
  });
}
