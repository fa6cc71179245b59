// `kiosk provision`: the technician's first step on a new device. Writes identity and endpoint to
// the local configuration, creates the device key in the vault, prints what the platform registers.
import { parseArgs } from 'node:util';
import { ConfigError } from '../../core/device/config-error';
import { KeyVaultError } from '../../core/device/key-vault';
import { provisionDevice } from '../../core/device/provisioning';
import { DEVICE_TEXTS } from '../../shared/i18n/catalog-device';
import { CONFIG_OPTIONS, CONFIG_USAGE, cliConfigFiles } from '../cli-config';
import { UsageError, type CliCommand } from '../command';
import { runAddAccount } from './provision-account';
import { PLATFORM_OPTIONS, PLATFORM_USAGE, platformRequest } from './provision-platform-options';

const usage = `Usage: kiosk provision --device-id ID --point-code CODE --endpoint URL [--config FILE]
       [--site-policy FILE] [--vault DIR] [--json] [--platform NAME] [--credentials FILE] [next-steps options]
       kiosk provision --add-account NAME --role technician|operator [--config FILE] [--site-policy FILE] [--dev]

Writes the device id, collection point code and upload endpoint into the local configuration
(validated as a whole, replaced atomically), creates the vault and the device's Ed25519 key on
first use (a second run keeps the key), and prints the key id and the public key to register.
${CONFIG_USAGE}
  --vault DIR          key vault folder (default: storage.vaultDir of the configuration)
  --json               print the result as one JSON object
${PLATFORM_USAGE}

--add-account creates a staff account in the kiosk's store (storage.dbPath of the configuration).
The PIN (6-12 digits, not trivial) is typed at the terminal twice without echo, or piped as one
line on standard input; it is never taken from the command line. The staff log records it.
Exit codes: 0 provisioned, 1 vault or store failure, 2 usage or invalid value.`;

function parseProvisionArgs(args: readonly string[]) {
  // An unknown option (a PIN passed as --pin, say) is a usage error, never a crash: main says so.
  return parseArgs({
    args: [...args],
    options: {
      'device-id': { type: 'string' },
      'point-code': { type: 'string' },
      endpoint: { type: 'string' },
      ...CONFIG_OPTIONS,
      vault: { type: 'string' },
      json: { type: 'boolean', default: false },
      ...PLATFORM_OPTIONS,
      'add-account': { type: 'string' },
      role: { type: 'string' },
    },
    strict: true,
  });
}

/** The provision subcommand. */
export const provisionCommand: CliCommand = {
  name: 'provision',
  summary: 'Set device id, point code and endpoint; create the device key; add staff accounts',
  usage,
  async run(args) {
    const { values } = parseProvisionArgs(args);
    if (values['add-account'] !== undefined)
      return runAddAccount({
        name: values['add-account'],
        role: values.role,
        configValues: values,
      });
    const { 'device-id': deviceId, 'point-code': pointCode, endpoint } = values;
    if (!deviceId || !pointCode || !endpoint)
      throw new UsageError('--device-id, --point-code and --endpoint are required');
    const files = cliConfigFiles(values);
    try {
      const result = await provisionDevice({
        deviceId,
        pointCode,
        endpoint,
        configPath: files.localPath,
        sitePolicyPath: files.sitePolicyPath,
        ...(values.vault ? { vaultDir: values.vault } : {}),
        ...platformRequest(values),
      });
      const { keyId, publicKeySpkiBase64, publicKeyPem, keyCreated } = result;
      if (values.json) {
        process.stdout.write(
          `${JSON.stringify({ deviceId, pointCode, endpoint, keyId, publicKeySpkiBase64, keyCreated })}\n`,
        );
        return 0;
      }
      const said = DEVICE_TEXTS.provisioned;
      process.stdout.write(
        `${said['zh-CN']}\n${said.en}\n\nkey id: ${keyId}${keyCreated ? '' : ' (existing key)'}\nSPKI (base64): ${publicKeySpkiBase64}\n${publicKeyPem}\n`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ConfigError) && !(error instanceof KeyVaultError)) throw error;
      process.stderr.write(`${error.text['zh-CN']}\n${error.text.en}\n`);
      return error instanceof ConfigError ? 2 : 1;
    }
  },
};
