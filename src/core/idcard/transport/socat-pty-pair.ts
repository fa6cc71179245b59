// A virtual serial cable for development: the demo and the integration tests put the SAM emulator
// on one end and the real serial transport on the other.
import { spawn, type ChildProcess } from 'node:child_process';

/** Two connected pseudo-terminals made by socat: bytes written to one end come out of the other. */
export interface PtyPair {
  /** The reader side (where the kiosk opens its serial transport). */
  readonly hostPath: string;
  /** The device side (where the SAM emulator answers). */
  readonly devicePath: string;
  /** Ends socat (the ptys vanish like an unplugged reader); resolves once it has exited. */
  kill(): Promise<void>;
}

/** Where to put stable symlinks to the ptys (the kernel's /dev/pts numbers change on every start). */
export interface PtyLinks {
  readonly hostLink?: string;
  readonly deviceLink?: string;
}

const PTY_LINE = /PTY is (\S+)/g;

/**
 * Starts `socat -d -d pty,raw,echo=0 pty,raw,echo=0` and resolves with both paths once socat
 * reports them (it prints "N PTY is /dev/pts/X" on stderr for each end). Rejects, and leaves no
 * process behind, when socat is missing or does not report two ptys within `timeoutMs`.
 */
export function startSocatPty(links: PtyLinks = {}, timeoutMs = 5000): Promise<PtyPair> {
  const end = (link?: string): string => `pty,raw,echo=0${link ? `,link=${link}` : ''}`;
  const child = spawn('socat', ['-d', '-d', end(links.hostLink), end(links.deviceLink)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise<PtyPair>((resolve, reject) => {
    let stderr = '';
    const fail = (reason: string): void => {
      clearTimeout(timer);
      child.stderr?.removeAllListeners('data');
      void killChild(child).then(() => reject(new Error(`socat: ${reason}\n${stderr}`)));
    };
    const timer = setTimeout(() => fail(`no pty pair within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`exited early with code ${code}`));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      stderr += text;
      const paths = [...stderr.matchAll(PTY_LINE)].map((match) => match[1] ?? '');
      if (paths.length < 2 || !/starting data transfer loop/.test(stderr)) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.removeAllListeners('error');
      child.stderr?.removeAllListeners('data');
      child.stderr?.resume();
      resolve({
        hostPath: links.hostLink ?? paths[0] ?? '',
        devicePath: links.deviceLink ?? paths[1] ?? '',
        kill: () => killChild(child),
      });
    });
  });
}

function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
