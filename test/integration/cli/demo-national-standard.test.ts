// Capture → upload → acknowledgement against a national-standard receiver, both run as a user runs
// them: `kiosk collector --platform national-standard` in one process, `kiosk demo --platform
// national-standard --endpoint URL --credentials FILE --json` in another, over real HTTP.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCollectorDb } from '../../../src/collector/collector-db';
import { parseIdNumber } from '../../../src/core/idcard/card/id-number';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, 'src/cli/main.ts');
const CREDENTIALS = { api_key: 'county-17', api_secret: 'S3cret-for-test', des_key: 'des-key8' };

let dir: string;
let receiver: ChildProcess;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ns-demo-'));
  writeFileSync(join(dir, 'credentials.json'), JSON.stringify(CREDENTIALS));
  receiver = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      CLI,
      'collector',
      '--platform',
      'national-standard',
      '--db',
      join(dir, 'ns.db'),
      '--port',
      '0',
      '--credentials',
      join(dir, 'credentials.json'),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let seen = '';
  url = await new Promise<string>((done, fail) => {
    receiver.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(seen)?.[0];
      if (found) done(found);
    });
    receiver.once('exit', (code) => fail(new Error(`receiver exited with ${code}`)));
  });
}, 30_000);
afterAll(async () => {
  receiver.kill('SIGTERM');
  if (receiver.exitCode === null) await once(receiver, 'exit');
  rmSync(dir, { recursive: true, force: true });
});

const demo = (...args: string[]) =>
  new Promise<{ code: number; stdout: string }>((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, 'demo', ...args],
      { cwd: ROOT },
      (error, stdout) => done({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });

describe('kiosk demo against kiosk collector --platform national-standard', () => {
  it('uploads the demo record, DES-wrapped and signed, and reports it acknowledged', async () => {
    const { code, stdout } = await demo(
      '--platform',
      'national-standard',
      '--endpoint',
      url,
      '--credentials',
      join(dir, 'credentials.json'),
      '--json',
    );
    expect(code).toBe(0);
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    expect(summary).toMatchObject({ decision: 'pass', uploadStatus: 'acknowledged' });
    const db = openCollectorDb(join(dir, 'ns.db'));
    try {
      const rows = db.listRecords();
      expect(rows.map((r) => r.recordId)).toEqual([summary.recordId]);
      const person = JSON.parse(rows[0]!.envelopeJson) as Record<string, unknown>;
      // The receiver undid the DES wrapping: what it holds is a valid ID number.
      expect(parseIdNumber(String(person.idCardNumber))?.checksumValid).toBe(true);
      expect(person).toMatchObject({
        idCardType: '01',
        verifyResult: 'pass',
        verifyMethod: 'face',
      });
      expect(Object.keys(person).some((name) => /score|threshold/i.test(name))).toBe(false);
    } finally {
      db.close();
    }
  }, 120_000);

  it('refuses a credentials file without api_secret with a usage error naming the field', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ api_key: 'k' }));
    const { code } = await demo(
      '--platform',
      'national-standard',
      '--endpoint',
      url,
      '--credentials',
      join(dir, 'bad.json'),
    );
    expect(code).toBe(2);
  }, 30_000);
});
