// `npm start`: bundles the shell and launches it in Electron. Electron is an optional dependency
// whose binary download fails without internet; then this says how to get it and what to use
// meanwhile (the demo and the browser host), and exits non-zero without a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAIN_MESSAGES } from '../src/shared/i18n/catalog-device';
import { bundleShell } from './dist';

/** Exit code when no Electron binary is installed. */
const NO_ELECTRON = 3;

/** The Electron binary's path, or null when the package or its downloaded binary is missing. */
export function findElectronBinary(): string | null {
  try {
    // The electron package's main export is the path of the binary it downloaded at install.
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const binary = findElectronBinary();
  if (!binary) {
    const text = MAIN_MESSAGES.electronMissing;
    process.stderr.write(`${text['zh-CN']}\n${text.en}\n`);
    return NO_ELECTRON;
  }
  // The window shows the built renderer; build it once if this checkout has not yet.
  if (!existsSync(resolve('dist/renderer/index.html')))
    spawnSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
  const [main] = await bundleShell();
  const child = spawn(binary, [main ?? resolve('dist/main.mjs'), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  return new Promise((done) => child.once('exit', (code) => done(code ?? 1)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main();
