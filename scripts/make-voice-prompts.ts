// Generates the voice prompts (Ogg/Opus) from the catalog text with espeak-ng and ffmpeg from
// Debian: Mandarin in assets/voice/<prompt>.ogg, English in assets/voice/en/<prompt>.ogg, and
// assets/voice/sources.json with the text each file speaks (a test checks it against the catalog,
// so a changed text without new audio fails). A recorded file of the same name replaces a
// generated one: run with --keep to leave existing files alone. Usage: npm run voice [-- --keep]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../src/shared/i18n/locale';
import { promptFile, VOICE_PROMPTS } from '../src/renderer/voice/voice-prompts';

const OUT_DIR = join(import.meta.dirname, '..', 'assets', 'voice');

/** The espeak-ng voice of each language; 150 words/min is slower than the default, for older listeners. */
const ESPEAK_VOICE: { readonly [L in Locale]: string } = { 'zh-CN': 'cmn', en: 'en-us' };

function requireTool(name: string, versionFlag: string, hint: string): void {
  try {
    execFileSync(name, [versionFlag], { stdio: 'ignore' });
  } catch {
    process.stderr.write(`${name} is missing: ${hint}\n`);
    process.exit(1);
  }
}

function speak(locale: Locale, text: string, wav: string, target: string): void {
  execFileSync('espeak-ng', ['-v', ESPEAK_VOICE[locale], '-s', '150', '-w', wav, text]);
  const opus = ['-ac', '1', '-c:a', 'libopus', '-b:a', '24k'];
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', wav, ...opus, target]);
}

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
requireTool('espeak-ng', '--version', 'apt-get install espeak-ng');
requireTool('ffmpeg', '-version', 'apt-get install ffmpeg');
const work = mkdtempSync(join(tmpdir(), 'voice-'));
const sources: Record<string, string> = {};
try {
  for (const [id, text] of VOICE_PROMPTS) {
    for (const locale of Object.keys(ESPEAK_VOICE) as Locale[]) {
      const file = promptFile(locale, id);
      sources[file] = text[locale];
      const target = join(OUT_DIR, `${file}.ogg`);
      if (values.keep && existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      speak(locale, text[locale], join(work, 'prompt.wav'), target);
      process.stdout.write(`${file}.ogg  ${text[locale]}\n`);
    }
  }
  const sorted = Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(OUT_DIR, 'sources.json'), `${JSON.stringify(sorted, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
