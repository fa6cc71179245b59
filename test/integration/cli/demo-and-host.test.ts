// The two entry points a newcomer and a deployment use, run as they are run: `kiosk demo` as a
// child process to its verdict, and `kiosk host` serving a kiosk built from a configuration file.
import { execFile, spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initFileVault } from '../../../src/core/device/key-vault-file';
import {
  startEmulatedReader,
  type EmulatedReaderProcess,
} from '../../../src/core/idcard/transport/emulated-reader-process';
import { demoConfig } from '../../../src/demo/demo-config';
import { startSocatPty, type PtyPair } from '../../support/socat-pty';
import { runKiosk } from './kiosk-cli';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, 'src/cli/main.ts');

function kiosk(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      { cwd: ROOT, env },
      (error, stdout) => done({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });
}

/** A PATH that holds node alone, so that socat cannot be found, as on a fresh machine. */
function pathWithoutSocat(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, 'node'));
  return bin;
}

const lastJsonLine = (stdout: string): Record<string, unknown> =>
  JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;

describe('kiosk demo', () => {
  it('captures the demo person to an acknowledged upload and says so in its JSON summary', async () => {
    const { code, stdout } = await kiosk(['demo', '--json']);
    expect(code).toBe(0);
    expect(stdout).toContain('serial link: socat pseudo-terminal pair');
    expect(stdout).toContain('DECISION: PASS');
    const summary = lastJsonLine(stdout);
    expect(summary).toMatchObject({ decision: 'pass', uploadStatus: 'acknowledged' });
    expect(summary.recordId).toMatch(/^[0-9a-f-]{36}$/);
  }, 120_000);

  it('rejects the impostor, records nothing and still exits 0', async () => {
    const { code, stdout } = await kiosk(['demo', '--impostor', '--json']);
    expect(code).toBe(0);
    expect(lastJsonLine(stdout)).toMatchObject({
      decision: 'fail',
      reason: 'attempts-exhausted',
      recordId: null,
      uploadStatus: 'not-recorded',
    });
  }, 120_000);

  it.each([
    ['a photo held up to the camera', 'still'],
    [
      "the person's talking video replayed on a screen (it cannot answer the turn challenge)",
      'replay',
    ],
  ])(
    'refuses %s as a suspected spoof, recording nothing',
    async (_what, attack) => {
      const { code, stdout } = await kiosk(['demo', '--attack', attack, '--json']);
      expect(code).toBe(0);
      expect(lastJsonLine(stdout)).toMatchObject({
        decision: 'fail',
        reason: 'spoof-suspected',
        recordId: null,
        uploadStatus: 'not-recorded',
      });
    },
    120_000,
  );

  it('runs with a card profile the card policy refuses and names the finding in its JSON summary', async () => {
    const { code, stdout } = await kiosk(['demo', '--card', 'bad-checksum', '--json']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'DECISION: REFUSED (card-number-invalid, card check checksum-mismatch)',
    );
    // The reason the worker is given, in both languages, as the screen shows it.
    expect(stdout).toContain(
      'the worker sees and hears: 此证件号码校验不通过，请到派出所核查证件。 / The number on this card does not check out.',
    );
    expect(lastJsonLine(stdout)).toMatchObject({
      decision: 'refused',
      finding: 'checksum-mismatch',
      recordId: null,
      uploadStatus: 'not-recorded',
    });
  }, 120_000);

  it('names the card profiles when --card names none of them', async () => {
    const { code, stderr } = await runKiosk(ROOT, 'demo', '--card', 'passport');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--card must be one of: .*expired.*resident/);
  });
});

describe('kiosk demo without socat', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-demo-nosocat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs over the in-process serial link, says so in one line and ends with the step table', async () => {
    const env = { ...process.env, PATH: pathWithoutSocat(dir) };
    const { code, stdout } = await kiosk(['demo', '--json'], env);
    expect(code).toBe(0);
    const linkLines = stdout.split('\n').filter((line) => line.includes('serial link:'));
    expect(linkLines).toHaveLength(1);
    expect(linkLines[0]).toContain('in-process (serialport mock binding)');
    expect(stdout).toMatch(/^step +at +took$/m);
    expect(stdout).toMatch(/^card-read +\d+ ms +\d+ ms$/m);
    expect(lastJsonLine(stdout)).toMatchObject({ decision: 'pass', uploadStatus: 'acknowledged' });
  }, 120_000);
});

describe('kiosk host', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-host-cli-'));
  let pty: PtyPair;
  let emulator: EmulatedReaderProcess;
  beforeAll(async () => {
    pty = await startSocatPty({ hostLink: join(dir, 'reader'), deviceLink: join(dir, 'sam') });
    emulator = await startEmulatedReader(pty.devicePath);
    const config = demoConfig({
      readerPath: pty.hostPath,
      dir,
      endpoint: null,
      modelsDir: resolve(ROOT, 'models'),
    });
    writeFileSync(join(dir, 'kiosk.json'), JSON.stringify(config));
    initFileVault(config.storage.vaultDir);
  });
  afterAll(async () => {
    await emulator?.stop();
    await pty?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the kiosk on 127.0.0.1, writes its tokened URL to a private file and stops on SIGTERM', async () => {
    const urlFile = join(dir, 'url');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'host', '--config', join(dir, 'kiosk.json'), '--url-file', urlFile],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const printed = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) done(out.trim());
      });
      child.once('exit', () =>
        fail(new Error(`kiosk host exited before printing its URL: ${out}`)),
      );
    });
    try {
      const url = new URL(printed);
      expect(url.hostname).toBe('127.0.0.1');
      expect(url.hash.length).toBeGreaterThan(16);
      expect(readFileSync(urlFile, 'utf8').trim()).toBe(printed);
      expect(statSync(urlFile).mode & 0o777).toBe(0o600);
      const page = await fetch(new URL('/', url.origin));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
