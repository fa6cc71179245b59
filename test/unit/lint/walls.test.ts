import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: lint/walls.js is plain JavaScript read by eslint.config.js, without types.
import { walls } from '../../../lint/walls.js';

interface Probe {
  file: string;
  source: string;
  specifier?: string;
}
interface Wall {
  from: string;
  probe: Probe;
}

const projectRoot = new URL('../../../', import.meta.url).pathname;
let eslint: ESLint;

/** Lints one planted file in memory at `file` (a path inside the layer) and returns the wall errors. */
async function boundaryErrors({ file, source, specifier }: Probe): Promise<string[]> {
  const name = specifier ?? 'planted';
  const code = specifier
    ? `import { ${name} } from '${source}';\nexport const probe = ${name};\n`
    : `import * as planted from '${source}';\nexport const probe = planted;\n`;
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}${file}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies')
    .map((m) => m.message);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: projectRoot });
});

describe('import walls', () => {
  it.each((walls as Wall[]).map((wall) => [wall.from, wall.probe] as const))(
    'rejects a planted import that crosses the %s wall',
    async (_from, probe) => {
      expect(await boundaryErrors(probe)).not.toEqual([]);
    },
  );

  it.each([
    ['preload → core', { file: 'src/preload/probe.ts', source: '../core/clock' }],
    ['core → preact', { file: 'src/core/capture/probe.ts', source: 'preact' }],
    ['demo → main', { file: 'src/demo/probe.ts', source: '../main/kiosk-service' }],
    [
      'raw ipcMain outside the bridge',
      { file: 'src/main/kiosk-window.ts', source: 'electron', specifier: 'ipcMain' },
    ],
    ['serialport in core/upload', { file: 'src/core/upload/probe.ts', source: 'serialport' }],
    ['renderer → node:fs', { file: 'src/renderer/probe.ts', source: 'node:fs' }],
    ['shared → node:crypto', { file: 'src/shared/probe.ts', source: 'crypto' }],
  ])('rejects %s', async (_name, probe) => {
    expect(await boundaryErrors(probe)).not.toEqual([]);
  });

  it.each([
    ['core → shared', { file: 'src/core/capture/probe.ts', source: '../../shared/result' }],
    ['renderer → shared', { file: 'src/renderer/probe.ts', source: '../shared/result' }],
    [
      'ipcMain in the bridge',
      { file: 'src/main/ipc-bridge.ts', source: 'electron', specifier: 'ipcMain' },
    ],
    [
      'serialport in the reader transport',
      { file: 'src/core/idcard/transport/probe.ts', source: 'serialport' },
    ],
  ])('allows %s', async (_name, probe) => {
    expect(await boundaryErrors(probe)).toEqual([]);
  });
});
