import { describe, expect, it } from 'vitest';
import { savedText } from '../../../src/renderer/setup/saved-text';

describe('savedText', () => {
  it('says a saved setting waits for the restart when the answer says so, in both languages', () => {
    const saved = savedText({ restartNeeded: true });
    expect(saved.restart).toBe(true);
    expect(saved.text['zh-CN']).toContain('重启后生效');
    expect(saved.text.en).toContain('when the kiosk restarts');
  });

  it('says only "saved" for a setting in force at once, or an answer without the flag', () => {
    for (const answer of [{ restartNeeded: false }, {}, null]) {
      expect(savedText(answer)).toMatchObject({ restart: false, text: { en: 'Saved' } });
    }
  });
});
