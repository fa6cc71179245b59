/** The event that a pass's slip could not be printed, so the screen shows it as a QR code. */
import { z } from 'zod';

/** The slip as text (no score, no password unless the deployment prints its rule). */
export const slipUnprintedSchema = z.strictObject({
  text: z.string().min(1).max(1500),
});
