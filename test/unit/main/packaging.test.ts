import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleShell } from '../../../scripts/dist';

const ROOT = resolve(import.meta.dirname, '../../..');
// js-yaml is what electron-builder itself reads this file with.
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
/** The parts of electron-builder.yml these tests read. */
interface BuilderConfig {
  electronFuses: Record<string, boolean>;
  linux: { target: { target: string; arch: string[] }[] };
  win: { target: unknown };
  asarUnpack: string[];
  npmRebuild: boolean;
  electronVersion: string;
  extraResources: { from: string; to: string }[];
  extraMetadata: { main: string };
}
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  optionalDependencies: Record<string, string>;
};

describe('electron-builder configuration', () => {
  it('burns the fuses: no RunAsNode, no NODE_OPTIONS, no inspector, app only from a verified asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Each key names a real fuse of @electron/fuses, so a typo cannot silently leave one unburnt.
    const fuseNames = Object.keys(FuseV1Options)
      .filter((key) => Number.isNaN(Number(key)))
      .map((key) => key.toLowerCase());
    for (const key of Object.keys(config.electronFuses))
      expect(fuseNames).toContain(key.toLowerCase());
  });

  it('builds AppImage and deb for x64 and arm64, and NSIS for Windows x64', () => {
    const linux = Object.fromEntries(config.linux.target.map((t) => [t.target, t.arch]));
    expect(linux).toEqual({ AppImage: ['x64', 'arm64'], deb: ['x64', 'arm64'] });
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it('unpacks every native module and the ONNX Runtime libraries from the asar and rebuilds them for Electron', () => {
    for (const name of [
      'better-sqlite3',
      '@serialport/bindings-cpp',
      'node-hid',
      'usb',
      'koffi',
      'sharp',
      'onnxruntime-node',
    ])
      expect(config.asarUnpack).toContain(`node_modules/${name}/**`);
    expect(config.npmRebuild).toBe(true);
  });

  it('pins the Electron version to the optional dependency and ships models and voice as extra resources', () => {
    expect(config.electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.optionalDependencies.electron?.replace(/^[\^~]/, '')).toBe(
      config.electronVersion,
    );
    expect(config.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'models', to: 'models' })]),
    );
    expect(config.extraMetadata.main).toBe('dist/main.mjs');
  });
});

describe('shell bundle', () => {
  const out = mkdtempSync(join(tmpdir(), 'kiosk-bundle-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('bundles main, the engine entry and the preload, keeping Electron and every native module external', async () => {
    const files = await bundleShell(out);
    for (const file of files) expect(existsSync(file)).toBe(true);
    const main = readFileSync(join(out, 'main.mjs'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    const engine = readFileSync(join(out, 'face-engine.mjs'), 'utf8');
    expect(engine).toContain('from "onnxruntime-node"');
    expect(engine).not.toContain('onnxruntime_binding'); // the native binding loader stayed out
    const preload = readFileSync(join(out, 'preload.cjs'), 'utf8');
    expect(preload).toContain('require("electron")');
    expect(preload).toContain('exposeInMainWorld("kiosk"');
  });
});
