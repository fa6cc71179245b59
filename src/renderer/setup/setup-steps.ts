/** The order of the technician's first-run wizard and the form checks, from the shared schemas. */
import { SETUP_TEXT } from '../../shared/i18n/catalog-screens-console';
import { SETUP_PLATFORM_TEXT } from '../../shared/i18n/catalog-setup-platform';
import type { LocalizedText } from '../../shared/i18n/locale';
import {
  SETUP_COMMANDS,
  deviceIdSchema,
  pointCodeSchema,
} from '../../shared/kiosk-api/setup-commands';

/** The wizard's steps, in order. */
export const SETUP_STEPS = [
  'identity',
  'endpoint',
  'platform',
  'next-steps',
  'key',
  'reader',
  'camera',
  'operating-point',
  'operators',
  'self-test',
] as const;

/** One wizard step. */
export type SetupStep = (typeof SETUP_STEPS)[number];

/** The title of each step, shown in the step list and above its form. */
export const STEP_TITLES: Readonly<Record<SetupStep, LocalizedText>> = {
  identity: SETUP_TEXT.identity,
  endpoint: SETUP_TEXT.endpoint,
  platform: SETUP_PLATFORM_TEXT.platform,
  'next-steps': SETUP_PLATFORM_TEXT.nextSteps,
  key: SETUP_TEXT.key,
  reader: SETUP_TEXT.reader,
  camera: SETUP_TEXT.camera,
  'operating-point': SETUP_TEXT.operatingPoint,
  operators: SETUP_TEXT.operators,
  'self-test': SETUP_TEXT.selfTest,
};

/**
 * The operating points of the shipped calibration, most lenient first: the session point is the
 * default (docs/accuracy.md); the kiosk refuses a point its calibration lacks.
 */
export const OPERATING_POINTS = ['far-1e-3', 'session-1e-3', 'far-1e-4'] as const;

/** The step after `step`, or null at the end. */
export function nextStep(step: SetupStep): SetupStep | null {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null at the start. */
export function previousStep(step: SetupStep): SetupStep | null {
  const index = SETUP_STEPS.indexOf(step);
  return index > 0 ? (SETUP_STEPS[index - 1] ?? null) : null;
}

/** Which identity fields are malformed (the same rules the engine applies). */
export function identityErrors(
  deviceId: string,
  pointCode: string,
): Array<'deviceId' | 'pointCode'> {
  const errors: Array<'deviceId' | 'pointCode'> = [];
  if (!deviceIdSchema.safeParse(deviceId).success) errors.push('deviceId');
  if (!pointCodeSchema.safeParse(pointCode).success) errors.push('pointCode');
  return errors;
}

/** Whether an endpoint URL is acceptable to `setup.endpoint`. */
export function endpointValid(endpoint: string): boolean {
  return SETUP_COMMANDS['setup.endpoint'].request.safeParse({ endpoint }).success;
}
