// `kiosk selftest`: checks a device before it goes into service (and whenever a technician asks):
// identity, reader, models, database, disk, clock, endpoint, vault; a table, or JSON for tools.
import { parseArgs } from 'node:util';
import { systemClock } from '../../core/clock';
import { ConfigError } from '../../core/device/config-error';
import { deviceKeyFromPkcs8 } from '../../core/device/device-key';
import { KeyVaultError } from '../../core/device/key-vault';
import { openFileVault } from '../../core/device/key-vault-file';
import { runSelftest, selftestPassed, type ReaderProbe } from '../../core/device/selftest';
import type { CheckReport } from '../../core/device/selftest-check';
import { detectReaders } from '../../core/idcard/reader/reader-detection';
import { loadHidApi } from '../../core/idcard/transport/hid-native';
import { systemReaderEnumeration } from '../../core/idcard/transport/system-enumeration';
import type { KioskConfig } from '../../shared/config/config-schema';
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import { localize, type Locale } from '../../shared/i18n/locale';
import { CONFIG_OPTIONS, CONFIG_USAGE, loadCliConfig } from '../cli-config';
import { UsageError, type CliCommand } from '../command';

const usage = `Usage: kiosk selftest [--config FILE] [--site-policy FILE] [--dev] [--json] [--lang zh-CN|en]

Checks device identity, the reader and its SAM ID, cameras (left to the UI: Node cannot open
them), the face models (hashes and load time), the database (PRAGMA integrity_check), free disk,
the clock against the endpoint's Date header, the endpoint (reachable, TLS) and the key vault.
${CONFIG_USAGE}
  --json               print the checks as JSON
  --lang L             language of the table (default: ui.locale of the configuration)
Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 usage or configuration.`;

/** The device key's id from the file vault, or null when there is no vault or key yet. */
function keyIdOf(vaultDir: string): string | null {
  try {
    const pkcs8 = openFileVault(vaultDir).loadDeviceKey();
    return pkcs8 ? deviceKeyFromPkcs8(pkcs8).keyId : null;
  } catch (error) {
    if (error instanceof KeyVaultError) return null;
    throw error;
  }
}

function readerProbe(reader: KioskConfig['reader']): ReaderProbe {
  return async () => {
    const pinned =
      reader.port.mode === 'pinned'
        ? { path: reader.port.path, baudRate: reader.baudRate }
        : undefined;
    const detected = await detectReaders(
      { enumeration: systemReaderEnumeration, hidApi: loadHidApi, hidModels: [], pinned },
      true,
    );
    const hit = detected.find((d) => d.outcome.status === 'found');
    return hit?.outcome.status === 'found'
      ? { where: hit.outcome.transport.description, samId: hit.outcome.samId }
      : null;
  };
}

function table(reports: readonly CheckReport[], lang: Locale): string {
  const lines = reports.map((report) => {
    const name = DEVICE_TEXTS[`check.${report.name}`][lang];
    const detail = localize(report.detail, report.params)[lang];
    return `${report.status.toUpperCase().padEnd(5)} ${name.padEnd(16)} ${detail}`;
  });
  const verdict = selftestPassed(reports)
    ? DEVICE_TEXTS.selftestPassed
    : DEVICE_TEXTS.selftestFailed;
  return `${lines.join('\n')}\n\n${verdict[lang]}\n`;
}

/** The selftest subcommand. */
export const selftestCommand: CliCommand = {
  name: 'selftest',
  summary: 'Check reader, models, database, disk, clock, endpoint and vault',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        ...CONFIG_OPTIONS,
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
      strict: true,
    });
    if (values.lang !== undefined && values.lang !== 'zh-CN' && values.lang !== 'en')
      throw new UsageError('--lang must be zh-CN or en');
    let config: KioskConfig;
    try {
      config = await loadCliConfig(values);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      process.stderr.write(`${error.text['zh-CN']}\n${error.text.en}\n`);
      return 2;
    }
    const reports = await runSelftest({
      config,
      keyId: keyIdOf(config.storage.vaultDir),
      vault: { kind: 'file' },
      probeReader: readerProbe(config.reader),
      clock: systemClock,
    });
    const lang = values.lang ?? config.ui.locale;
    if (values.json) {
      const checks = reports.map(({ name, status, detail, params, durationMs }) => ({
        name,
        status,
        text: localize(detail, params),
        durationMs,
      }));
      process.stdout.write(
        `${JSON.stringify({ passed: selftestPassed(reports), checks }, null, 2)}\n`,
      );
    } else process.stdout.write(table(reports, lang));
    return selftestPassed(reports) ? 0 : 1;
  },
};
