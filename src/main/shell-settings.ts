/** Settings of the Electron shell itself (not of the kiosk): relaunch hour and vault fallback. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** Runtime schema of `kiosk-shell.json`, beside the local configuration. */
const shellSettingsSchema = z.strictObject({
  /** Local time of the daily relaunch, HH:MM; null turns it off. */
  quietHourRelaunch: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable()
    .default('03:30'),
  /** On Linux without a keyring: systemd-creds (TPM2 where present) or knowingly accept the weak vault. */
  linuxVaultFallback: z.enum(['systemd-creds', 'accept-weak']).default('systemd-creds'),
});

/** The shell settings. */
export type ShellSettings = z.infer<typeof shellSettingsSchema>;

/** Reads the settings file; a missing file gives the defaults, an invalid one throws (a kiosk must not guess). */
export async function loadShellSettings(path: string): Promise<ShellSettings> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return shellSettingsSchema.parse({});
    throw error;
  }
  return shellSettingsSchema.parse(JSON.parse(text));
}
