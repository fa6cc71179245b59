/** The built-in configuration every site policy and local override is layered on. */
import { DEFAULT_CARD_POLICY } from './card-policy-schema';
import { CONFIG_VERSION, type KioskConfig } from './config-schema';
import { FLEET_DEFAULTS } from './fleet-config-schema';
import { NATIONAL_STANDARD_DEFAULTS } from './upload-platform-schema';

/** Defaults: safe for production (no simulation, operator verification off) and unprovisioned. */
export const DEFAULT_CONFIG: KioskConfig = {
  version: CONFIG_VERSION,
  device: { id: null, pointCode: null },
  reader: {
    port: { mode: 'auto' },
    baudRate: 115200,
    pollIntervalMs: 300,
    photoDecoder: { kind: 'vendor', libraryPath: '/usr/lib/wltrs/libwltrs.so' },
    allowSimulation: false,
  },
  camera: { deviceId: null, label: null, width: 1280, height: 720 },
  // The session operating point: chosen from simulated whole sessions (docs/accuracy.md).
  face: { modelsDir: 'models', operatingPoint: 'session-1e-3', livenessLevel: 'medium' },
  capture: {
    attempts: 3,
    timeoutsMs: {
      consent: 60_000,
      card: 30_000,
      face: 30_000,
      matching: 10_000,
      retry: 4_000,
      operatorReview: 180_000,
      result: 15_000,
      done: 20_000,
    },
    framesForMatch: 3,
    minFrameQuality: 0.5,
    guidanceDebounceMs: 600,
    spoofLockout: { afterSpoofs: 3, windowMs: 600_000, lockMs: 300_000 },
    operatorVerification: { allowed: false, roles: [] },
    transmit: 'card-photo',
    cardPolicy: DEFAULT_CARD_POLICY,
    consentVersion: 'v1',
  },
  upload: {
    platform: 'reference',
    endpoint: null,
    // From the drain bench at 10,000 records on a quiet machine: 8 in flight drained 10 % faster than 4
    // and 33 % faster than 2 (docs/performance.md, "Upload drain"); a platform's 429 still pauses it.
    concurrency: 8,
    retentionDays: 30,
    unackedAlarmDays: 3,
    timeoutMs: 30_000,
    nationalStandard: NATIONAL_STANDARD_DEFAULTS,
  },
  printer: { kind: 'none' },
  storage: {
    dbPath: 'var/kiosk.db',
    vaultDir: 'var/vault',
    minFreeBytes: 200 * 1024 * 1024,
    warnFreeBytes: 1024 * 1024 * 1024,
  },
  ui: {
    locale: 'zh-CN',
    volume: 0.8,
    personalServiceUrl: '',
    personalServiceQrText: '',
    miniProgramQrText: '',
    slipShowsPasswordRule: true,
    initialPasswordRule: {
      'zh-CN': '初始密码为身份证号后六位，首次登录后请修改',
      en: 'Your first password is the last six characters of your ID number; change it at first login.',
    },
  },
  operator: { maxPinAttempts: 5, pinLockoutMs: 300_000 },
  fleet: FLEET_DEFAULTS,
};
