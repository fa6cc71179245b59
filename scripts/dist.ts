// `npm run dist [-- electron-builder options]`: bundles the Electron shell with esbuild (it ships
// with tsx) into dist/, then packages it with electron-builder (electron-builder.yml). Main and
// the face engine entry are ES modules; the preload is CommonJS (a sandboxed preload cannot load
// ES modules). Native modules stay external: loaded from node_modules, unpacked from the asar.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { MAIN_MESSAGES } from '../src/shared/i18n/catalog-device';
import { localize } from '../src/shared/i18n/locale';

const ROOT = resolve(import.meta.dirname, '..');

/** Modules esbuild must not inline: Electron itself and every native addon. */
export const EXTERNAL_MODULES = [
  'electron',
  'better-sqlite3',
  'serialport',
  '@serialport/*',
  'node-hid',
  'usb',
  'koffi',
  'sharp',
  'onnxruntime-node',
];

/** Writes main.mjs, face-engine.mjs and preload.cjs into `outDir`; returns their paths. */
export async function bundleShell(outDir = resolve(ROOT, 'dist')): Promise<string[]> {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    external: EXTERNAL_MODULES,
    sourcemap: true,
    logLevel: 'warning',
    outdir: outDir,
  } as const;
  await build({
    ...common,
    format: 'esm',
    entryPoints: {
      main: resolve(ROOT, 'src/main/main.ts'),
      'face-engine': resolve(ROOT, 'src/main/face-engine-utility-entry.ts'),
    },
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __kioskRequire } from 'node:module'; const require = __kioskRequire(import.meta.url);",
    },
  });
  await build({
    ...common,
    format: 'cjs',
    entryPoints: { preload: resolve(ROOT, 'src/preload/preload.ts') },
    outExtension: { '.js': '.cjs' },
  });
  return ['main.mjs', 'face-engine.mjs', 'preload.cjs'].map((file) => resolve(outDir, file));
}

function explain(detail: string): void {
  const text = localize(MAIN_MESSAGES.distNeeds, { detail });
  process.stderr.write(`\n${text['zh-CN']}\n${text.en}\n`);
}

async function main(args: readonly string[]): Promise<number> {
  await bundleShell();
  // electron-builder downloads the pinned Electron itself (or takes it from ELECTRON_MIRROR /
  // electron_config_cache); when that fails it exits non-zero and we say what it needs.
  const cli = resolve(ROOT, 'node_modules/electron-builder/cli.js');
  const run = spawnSync(process.execPath, [cli, '--config', 'electron-builder.yml', ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status === 0) return 0;
  explain(
    run.error ? run.error.message : `electron-builder exited with ${run.status ?? run.signal}`,
  );
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
