// Generates assets/voice/<prompt>.ogg (Mandarin, Ogg/Opus) from the catalog text with espeak-ng and
// ffmpeg from Debian. A recorded file of the same name replaces a generated one: run with --keep
// to leave existing files alone. Usage: npm run voice [-- --keep]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { VOICE_PROMPTS } from '../src/renderer/voice/voice-prompts';

const OUT_DIR = join(import.meta.dirname, '..', 'assets', 'voice');

function requireTool(name: string, versionFlag: string, hint: string): void {
  try {
    execFileSync(name, [versionFlag], { stdio: 'ignore' });
  } catch {
    process.stderr.write(`${name} is missing: ${hint}\n`);
    process.exit(1);
  }
}

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
requireTool('espeak-ng', '--version', 'apt-get install espeak-ng');
requireTool('ffmpeg', '-version', 'apt-get install ffmpeg');
mkdirSync(OUT_DIR, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'voice-'));
try {
  for (const [id, text] of VOICE_PROMPTS) {
    const target = join(OUT_DIR, `${id}.ogg`);
    if (values.keep && existsSync(target)) continue;
    const wav = join(work, `${id}.wav`);
    // Speed 150 words/min: slower than the default, for older listeners.
    execFileSync('espeak-ng', ['-v', 'cmn', '-s', '150', '-w', wav, text['zh-CN']]);
    execFileSync('ffmpeg', [
      '-loglevel',
      'error',
      '-y',
      '-i',
      wav,
      '-ac',
      '1',
      '-c:a',
      'libopus',
      '-b:a',
      '24k',
      target,
    ]);
    process.stdout.write(`${id}.ogg  ${text['zh-CN']}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
