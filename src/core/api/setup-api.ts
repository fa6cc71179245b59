/**
 * The KioskApi's setup commands: settings go to the local overrides file (those read only at start
 * take effect at the next start, which the answer and the staff log say), key generation to the
 * vault, detection and the self-test to their core modules.
 */
import type { ConfigFiles } from '../device/config-loader';
import type { JsonObject } from '../../shared/config/config-layers';
import type { KioskConfig } from '../../shared/config/config-schema';
import { KIOSK_MESSAGES } from '../../shared/i18n/catalog-kiosk';
import { localize } from '../../shared/i18n/locale';
import type { KioskCommands } from '../../shared/kiosk-api/kiosk-api';
import { err, ok } from '../../shared/result';
import type { Clock } from '../clock';
import { updateLocalConfig } from '../device/config-local-file';
import { CalibrationError } from '../face/match/calibration';
import { loadOrCreateDeviceKey } from '../device/device-key';
import type { KeyVault } from '../device/key-vault';
import { runSelftest } from '../device/selftest';
import type { VaultStrength } from '../device/selftest-vault';
import { detectReaders } from '../idcard/reader/reader-detection';
import { detectionContextFromConfig } from '../idcard/reader/reader-from-config';
import { KioskError } from '../kiosk-error';
import type { StaffAccess } from '../staff/staff-access';
import { readAtStart, waitingForRestart } from './restart-settings';
import { settingChanges } from './setting-changes';

/** The setup command names. */
export type SetupCommands = Pick<
  KioskCommands,
  | 'setup.identity'
  | 'setup.endpoint'
  | 'setup.generate-key'
  | 'setup.detect-readers'
  | 'setup.camera'
  | 'setup.operating-point'
  | 'setup.self-test'
  | 'setup.platform'
  | 'setup.next-steps'
>;

/** What the setup commands change and read. */
export interface SetupDeps {
  readonly config: () => KioskConfig;
  /** The configuration the running services were built from. */
  readonly startedWith: KioskConfig;
  readonly setConfig: (config: KioskConfig) => void;
  /** Where settings are saved; null: the kiosk runs from a fixed configuration (the demo). */
  readonly configPaths: ConfigFiles | null;
  readonly vault: KeyVault;
  readonly vaultStrength: VaultStrength;
  readonly keyId: () => string | null;
  readonly reader: () => { readonly where: string; readonly samId: string } | null;
  readonly clock: Clock;
  /** Where changed settings and key generation are logged, as the logged-in technician. */
  readonly staff: Pick<StaffAccess, 'log'>;
  /** The calibration's operating points: any other would stop the kiosk at its next start. */
  readonly operatingPoints: () => readonly string[];
}

const problemOf = (error: unknown) => {
  if (error instanceof KioskError) return error.toProblem();
  const text = localize(KIOSK_MESSAGES.settingNotSaved, { detail: String(error) });
  return { code: 'setup.failed', text, retryable: false };
};

/** Builds the setup commands. */
export function setupCommands(deps: SetupDeps): SetupCommands {
  // `secretChanged`: a vault secret read at start was replaced along with the patch.
  const save = async (patch: JsonObject, secretChanged = false) => {
    if (!deps.configPaths) {
      const text = localize(KIOSK_MESSAGES.settingNotSaved, {
        detail: 'no local configuration file',
      });
      return err({ code: 'setup.not-available', text, retryable: false });
    }
    try {
      const changes = settingChanges(deps.config(), patch);
      const next = await updateLocalConfig(deps.configPaths, patch);
      deps.setConfig(next);
      for (const change of changes)
        deps.staff.log('setting-changed', { ...change, atNextStart: readAtStart(change.setting) });
      // Changed back to what the kiosk runs with: nothing waits for a restart.
      const waiting = waitingForRestart(deps.startedWith, next);
      const restartNeeded =
        secretChanged || changes.some((change) => waiting.includes(change.setting));
      return ok({ restartNeeded });
    } catch (error) {
      return err(problemOf(error));
    }
  };
  return {
    'setup.identity': ({ deviceId, pointCode }) => save({ device: { id: deviceId, pointCode } }),
    'setup.endpoint': ({ endpoint }) => save({ upload: { endpoint } }),
    'setup.camera': ({ deviceId, label }) => save({ camera: { deviceId, label } }),
    'setup.operating-point': async ({ operatingPoint }) => {
      const available = deps.operatingPoints();
      if (available.includes(operatingPoint)) return save({ face: { operatingPoint } });
      const params = { point: operatingPoint, available: available.join(', ') };
      return err(new CalibrationError('unknown-operating-point', params).toProblem());
    },
    'setup.next-steps': (nextSteps) => save({ ui: nextSteps }),
    'setup.platform': async ({ platform, credentials }) => {
      // Credentials first: a platform switched without its credentials would only raise alarms.
      try {
        if (credentials) {
          deps.vault.storeSecret('platform-credentials', Buffer.from(JSON.stringify(credentials)));
          // The audit names what was replaced, never the values.
          deps.staff.log('setting-changed', {
            setting: 'platform-credentials',
            from: null,
            to: null,
            atNextStart: readAtStart('platform-credentials'),
          });
        }
      } catch (error) {
        return err(problemOf(error));
      }
      return save({ upload: { platform } }, credentials !== null);
    },
    'setup.generate-key': async () => {
      try {
        // The key is made once (at first boot, or here) and never replaced from the screen:
        // replacing it is a re-provisioning. The wizard shows it for registration with the platform.
        const created = deps.vault.loadDeviceKey() === null;
        const key = loadOrCreateDeviceKey(deps.vault);
        if (created) deps.staff.log('key-generated', { keyId: key.keyId });
        const pem = `-----BEGIN PUBLIC KEY-----\n${key.publicKeySpki.toString('base64')}\n-----END PUBLIC KEY-----\n`;
        return ok({ publicKeyFingerprint: key.keyId, publicKeyPem: pem });
      } catch (error) {
        return err(problemOf(error));
      }
    },
    'setup.detect-readers': async () => {
      try {
        const found = await detectReaders(detectionContextFromConfig(deps.config().reader), false);
        // USB bulk readers have no path the configuration could pin; the contract lists serial and HID.
        const readers = found.flatMap(({ candidate, outcome }) =>
          outcome.status === 'found' && candidate.kind !== 'usb-bulk'
            ? [{ path: candidate.path, transport: candidate.kind, samId: outcome.samId }]
            : [],
        );
        return ok({ readers });
      } catch (error) {
        return err(problemOf(error));
      }
    },
    'setup.self-test': async () => {
      const reports = await runSelftest({
        config: deps.config(),
        keyId: deps.keyId(),
        vault: deps.vaultStrength,
        probeReader: async () => deps.reader(),
        clock: deps.clock,
      });
      return ok({
        checks: reports.map((r) => ({
          name: r.name,
          ok: r.status === 'pass' || r.status === 'ui',
          detail: localize(r.detail, r.params).en,
        })),
      });
    },
  };
}
