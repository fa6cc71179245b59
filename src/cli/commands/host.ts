// `kiosk host`: starts the kiosk from its configuration (composition root) behind the browser host
// on 127.0.0.1, and prints the URL with the launch token for Chromium in kiosk mode.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { bootKiosk } from '../../core/boot/boot-kiosk';
import { openFileVault } from '../../core/device/key-vault-file';
import { createJsonLogger } from '../../core/log/logger';
import { startBrowserHost } from '../../host/browser-host';
import { CONFIG_OPTIONS, CONFIG_USAGE, cliConfigSource, loadCliConfig } from '../cli-config';
import { portOption, untilSignalled, type CliCommand } from '../command';

const usage = `Usage: kiosk host [--config FILE] [--site-policy FILE] [--static DIR] [--port N] [--url-file FILE] [--dev]

Builds every kiosk service from the configuration (defaults, site policy, local overrides; with
--dev, KIOSK_CONFIG__* environment overrides too), opens the key vault (storage.vaultDir; run
"kiosk provision" first) and serves the KioskApi and the renderer on 127.0.0.1. Prints the URL to
open, with the per-launch token in its fragment. Runs until SIGINT/SIGTERM, then stops everything.
${CONFIG_USAGE}
  --static DIR         built renderer to serve (default: none, an empty page)
  --port N             port to listen on (default: a free one)
  --url-file FILE      also write the URL (it holds the launch token) to FILE, mode 0600, for the
                       Chromium-kiosk unit to open`;

/** The host subcommand. */
export const hostCommand: CliCommand = {
  name: 'host',
  summary: 'Run the kiosk behind the browser host on 127.0.0.1 and print its URL',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        ...CONFIG_OPTIONS,
        static: { type: 'string' },
        port: { type: 'string' },
        'url-file': { type: 'string' },
      },
    });
    const port = portOption(values.port, 0);
    // The vault folder is a setting, so the configuration is resolved once to find it.
    const { storage } = await loadCliConfig(values);
    const logger = createJsonLogger();
    const kiosk = await bootKiosk({
      ...cliConfigSource(values),
      devices: { kind: 'real' },
      vault: openFileVault(storage.vaultDir),
      vaultStrength: { kind: 'file' },
      logger,
    });
    try {
      const host = await startBrowserHost({
        api: kiosk.api,
        staticDir: values.static ?? null,
        port,
        logger,
      });
      const urlFile = values['url-file'];
      if (urlFile) await writeFile(urlFile, `${host.url}\n`, { mode: 0o600 });
      process.stdout.write(`${host.url}\n`);
      await untilSignalled();
      await host.close();
      return 0;
    } finally {
      await kiosk.close();
    }
  },
};
