import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/shared/i18n/locale';
import { promptFile, VOICE_PROMPTS } from '../../../src/renderer/voice/voice-prompts';

const dir = join(import.meta.dirname, '../../../assets/voice');

describe('voice prompts in every language', () => {
  it('has an Ogg file in both languages for every catalogue key with a voice prompt', () => {
    const missing: string[] = [];
    for (const id of VOICE_PROMPTS.keys())
      for (const locale of LOCALES) {
        const file = join(dir, `${promptFile(locale, id)}.ogg`);
        const ogg = existsSync(file) && readFileSync(file).subarray(0, 4).toString() === 'OggS';
        if (!ogg) missing.push(`${locale} ${id}`);
      }
    expect(missing).toEqual([]);
  });

  it('was generated from the catalogue text as it is now, in the language it is filed under', () => {
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as unknown;
    const expected = Object.fromEntries(
      [...VOICE_PROMPTS].flatMap(([id, text]) =>
        LOCALES.map((locale) => [promptFile(locale, id), text[locale]]),
      ),
    );
    expect(sources).toEqual(expected);
  });

  it('files English under en/ and keeps no stray English file', () => {
    expect(promptFile('en', 'pass')).toBe('en/pass');
    expect(promptFile('zh-CN', 'pass')).toBe('pass');
    const english = readdirSync(join(dir, 'en')).map((file) => `en/${file.replace(/\.ogg$/, '')}`);
    expect(english.sort()).toEqual([...VOICE_PROMPTS.keys()].map((id) => `en/${id}`).sort());
  });
});
