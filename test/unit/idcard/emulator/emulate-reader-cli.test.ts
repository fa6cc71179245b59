import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCard } from '../../../../src/core/idcard/card/parse-card';
import {
  findCard,
  FrameError,
  readBaseInfo,
  readSamId,
  SamClient,
  selectCard,
} from '../../../../src/core/idcard/protocol';
import type { SamLink } from '../../../../src/core/idcard/transport/sam-link';
import { createSerialTransport } from '../../../../src/core/idcard/transport/serial-transport';
import { startSocatPty, type PtyPair } from '../../../support/socat-pty';

const ROOT = resolve(import.meta.dirname, '../../../..');

/** Waits for the child's next stdout line that starts with `prefix`. */
function nextLine(child: ChildProcessWithoutNullStreams, prefix: string): Promise<string> {
  return new Promise((done, fail) => {
    let buffered = '';
    const onData = (text: string) => {
      buffered += text;
      const line = buffered.split('\n').find((l) => l.startsWith(prefix));
      if (!line) return;
      child.stdout.off('data', onData);
      done(line);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) =>
      fail(new Error(`emulate-reader exited (${code}) before "${prefix}"`)),
    );
  });
}

describe('kiosk emulate-reader on a socat pseudo-terminal', () => {
  let pty: PtyPair;
  let child: ChildProcessWithoutNullStreams;
  let link: SamLink;
  let client: SamClient;

  beforeAll(async () => {
    pty = await startSocatPty();
    child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'emulate-reader',
        '--port',
        pty.devicePath,
        '--fault',
        'no-card',
      ],
      { cwd: ROOT },
    );
    child.stdout.setEncoding('utf8');
    await nextLine(child, 'ready ');
    link = await createSerialTransport(pty.hostPath, 115200).open();
    client = new SamClient(link);
  });

  afterAll(async () => {
    client?.close();
    await link?.close();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await pty?.kill();
  });

  it('answers the SAM ID and finds no card until one is placed through stdin', async () => {
    await expect(readSamId(client)).resolves.toBe('05.01-20170808-0001234567-0305419896');
    expect(await findCard(client)).toEqual({ found: false });
    child.stdin.write('place foreign-permanent-2023\n');
    expect(await nextLine(child, 'ok placed')).toBe('ok placed foreign-permanent-2023');
    expect(await findCard(client)).toMatchObject({ found: true });
    await selectCard(client);
    const { text } = await readBaseInfo(client);
    expect(parseCard(text, new Date('2026-06-01')).card.type).toBe('foreign-permanent-2023');
  });

  it('switches a fault on through stdin', async () => {
    child.stdin.write('fault bad-checksum on\n');
    await nextLine(child, 'ok fault');
    await expect(readSamId(client)).rejects.toBeInstanceOf(FrameError);
    child.stdin.write('fault bad-checksum off\n');
    await nextLine(child, 'ok fault');
    await expect(readSamId(client)).resolves.toMatch(/^05\.01/);
  });

  it('exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
