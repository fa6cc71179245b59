/** The configuration document, version 1: one typed, validated description of a kiosk. */
import { z } from 'zod';
import { localizedTextSchema } from '../kiosk-api/api-result';
import { deviceIdSchema, operatingPointSchema, pointCodeSchema } from '../kiosk-api/setup-commands';
import { capturePolicySchema } from './capture-policy-schema';
import { fleetConfigSchema } from './fleet-config-schema';
import { printerSchema } from './printer-schema';
import { uploadSchema } from './upload-platform-schema';
import { LOCALES } from '../i18n/locale';

/** How much liveness evidence a session asks for; core/capture/liveness-levels gives each its thresholds. */
const livenessLevelSchema = z.enum(['low', 'medium', 'high']);

/** A configured liveness level. */
export type LivenessLevel = z.infer<typeof livenessLevelSchema>;

/** The configuration version this build writes and reads. */
export const CONFIG_VERSION = 1;

const readerSchema = z
  .strictObject({
    port: z.discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('auto') }),
      z.strictObject({ mode: z.literal('pinned'), path: z.string().min(1) }),
    ]),
    baudRate: z.union([
      z.literal(9600),
      z.literal(19200),
      z.literal(38400),
      z.literal(57600),
      z.literal(115200),
    ]),
    pollIntervalMs: z.int().min(50).max(5000),
    photoDecoder: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('vendor'), libraryPath: z.string().min(1) }),
      z.strictObject({ kind: z.literal('simulation') }),
    ]),
    /** Production refuses the simulation photo codec unless this is set (demo and tests only). */
    allowSimulation: z.boolean(),
  })
  .refine((r) => r.photoDecoder.kind !== 'simulation' || r.allowSimulation, {
    message:
      'the simulation photo decoder needs reader.allowSimulation = true (never on a production kiosk)',
    path: ['photoDecoder', 'kind'],
  });

const storageSchema = z
  .strictObject({
    dbPath: z.string().min(1),
    vaultDir: z.string().min(1),
    /** Below this free space no new session starts. */
    minFreeBytes: z.int().min(0),
    /** Below this free space the operator is warned. */
    warnFreeBytes: z.int().min(0),
  })
  .refine((s) => s.warnFreeBytes >= s.minFreeBytes, {
    message: 'must be at least storage.minFreeBytes',
    path: ['warnFreeBytes'],
  });

/** Runtime schema of the whole configuration. */
export const kioskConfigSchema = z.strictObject({
  version: z.literal(CONFIG_VERSION),
  device: z.strictObject({ id: deviceIdSchema.nullable(), pointCode: pointCodeSchema.nullable() }),
  reader: readerSchema,
  camera: z.strictObject({
    deviceId: z.string().min(1).nullable(),
    label: z.string().nullable(),
    width: z.int().min(320).max(1920),
    height: z.int().min(240).max(1920),
  }),
  face: z.strictObject({
    modelsDir: z.string().min(1),
    operatingPoint: operatingPointSchema,
    livenessLevel: livenessLevelSchema,
  }),
  capture: capturePolicySchema,
  upload: uploadSchema,
  printer: printerSchema,
  storage: storageSchema,
  ui: z.strictObject({
    locale: z.enum(LOCALES),
    volume: z.number().min(0).max(1),
    personalServiceUrl: z.string().max(300),
    personalServiceQrText: z.string().max(300),
    miniProgramQrText: z.string().max(300),
    initialPasswordRule: localizedTextSchema,
    slipShowsPasswordRule: z.boolean(),
  }),
  operator: z.strictObject({
    maxPinAttempts: z.int().min(1).max(10),
    pinLockoutMs: z.int().min(10_000).max(86_400_000),
  }),
  fleet: fleetConfigSchema,
});

/** A validated configuration. */
export type KioskConfig = z.infer<typeof kioskConfigSchema>;
