// The consent version has one source: the session's state, which the session also checks the
// answer against. The screen settings, re-read whenever the console closes, must not carry another.
import { afterEach, describe, expect, it } from 'vitest';
import { uiSettingsSchema } from '../../../src/shared/kiosk-api/console-commands';
import { startStaffRig } from '../../support/staff-rig';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

describe('ui.settings', () => {
  it('answers the screen settings in force without a consent version of its own', async () => {
    const rig = await startStaffRig();
    cleanup.push(rig.close);
    const answer = await rig.api['ui.settings']({});
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.locale).toBe(rig.config().ui.locale);
    expect(answer.value).not.toHaveProperty('consentVersion');
    expect(uiSettingsSchema.safeParse({ ...answer.value, consentVersion: 'v2' }).success).toBe(
      false,
    );
  });
});
