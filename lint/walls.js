// The walls of docs/ARCHITECTURE.md as data: which layer a file belongs to, and what each layer may
// import. eslint.config.js turns them into eslint-plugin-boundaries policies (deny by default), and
// test/unit/lint/walls.test.ts plants one violation of each wall to prove the lint rejects it.

/** Layers, most specific pattern first (a file takes the first one that matches). */
export const layers = [
  // The reader transports and the SAM emulator (a fake reader at the lowest level) touch serial and USB.
  { type: 'hardware', pattern: 'src/core/idcard/{transport,emulator}/**', partialMatch: false },
  // The receipt printer: its serial port, and the slip drawn for paper (QR codes included).
  { type: 'printer', pattern: 'src/core/printer/**', partialMatch: false },
  { type: 'core', pattern: 'src/core/**', partialMatch: false },
  { type: 'shared', pattern: 'src/shared/**', partialMatch: false },
  { type: 'main', pattern: 'src/main/**', partialMatch: false },
  { type: 'preload', pattern: 'src/preload/**', partialMatch: false },
  { type: 'renderer', pattern: 'src/renderer/**', partialMatch: false },
  { type: 'host', pattern: 'src/host/**', partialMatch: false },
  { type: 'collector', pattern: 'src/collector/**', partialMatch: false },
  { type: 'fleet', pattern: 'src/fleet/**', partialMatch: false },
  { type: 'demo', pattern: 'src/demo/**', partialMatch: false },
  { type: 'cli', pattern: 'src/cli/**', partialMatch: false },
];

const HARDWARE_PACKAGES = ['serialport', '@serialport/*', 'node-hid', 'usb', 'koffi'];
const UI_PACKAGES = ['preact', 'preact/*', 'uqr'];

/**
 * One wall each: `from` may import only the local layers in `mayImport`; `bannedPackages` names the
 * external modules it must never reach; `probe` is an import that breaks the wall (used by the test).
 */
export const walls = [
  {
    from: 'shared',
    mayImport: ['shared'],
    bannedPackages: [
      'node:*',
      'electron',
      ...HARDWARE_PACKAGES,
      ...UI_PACKAGES,
      'better-sqlite3',
      'sharp',
      'ws',
    ],
    why: 'src/shared is the pure contract between processes: no Node, no DOM library, no other layer.',
    probe: { file: 'src/shared/probe.ts', source: '../core/clock' },
  },
  {
    from: 'core',
    mayImport: ['core', 'shared', 'hardware', 'printer'],
    bannedPackages: ['electron', ...UI_PACKAGES, 'serialport', '@serialport/*', 'node-hid', 'usb'],
    why: 'core is plain Node: no Electron, no UI, and hardware only through the reader transports.',
    probe: { file: 'src/core/upload/probe.ts', source: 'serialport' },
  },
  {
    from: 'hardware',
    mayImport: ['hardware', 'core', 'shared'],
    bannedPackages: ['electron', ...UI_PACKAGES],
    why: 'The reader transports reach hardware for core; they know nothing of Electron or the UI.',
    probe: { file: 'src/core/idcard/transport/probe.ts', source: 'electron' },
  },
  {
    from: 'printer',
    mayImport: ['printer', 'hardware', 'core', 'shared'],
    bannedPackages: ['electron', 'preact', 'preact/*', 'node-hid', 'usb'],
    why: 'The slip printer reaches its serial port and draws for paper; it knows nothing of Electron or the screens.',
    probe: { file: 'src/core/printer/probe.ts', source: 'electron' },
  },
  {
    from: 'renderer',
    mayImport: ['renderer', 'shared'],
    bannedPackages: [
      'node:*',
      'electron',
      ...HARDWARE_PACKAGES,
      'better-sqlite3',
      'sharp',
      'onnxruntime-node',
      'ws',
    ],
    why: 'The renderer talks only to the KioskApi in src/shared: no Node, no core, no Electron.',
    probe: { file: 'src/renderer/probe.ts', source: '../core/clock' },
  },
  {
    from: 'preload',
    mayImport: ['preload', 'shared'],
    bannedPackages: ['node:*', ...HARDWARE_PACKAGES, ...UI_PACKAGES],
    why: 'The preload only exposes the KioskApi verbs: it never reaches core, main or Node.',
    probe: { file: 'src/preload/probe.ts', source: '../core/clock' },
  },
  {
    from: 'main',
    mayImport: ['main', 'core', 'shared', 'hardware'],
    bannedPackages: [...UI_PACKAGES],
    // Every IPC handler goes through the one bridge that checks the sender and validates payloads.
    bannedSpecifiers: [
      { source: 'electron', specifiers: ['ipcMain'], except: 'src/main/ipc-bridge.ts' },
    ],
    why: 'The Electron main process is a thin adapter: no UI, and ipcMain only in ipc-bridge.ts.',
    probe: { file: 'src/main/kiosk-window.ts', source: 'electron', specifier: 'ipcMain' },
  },
  {
    from: 'host',
    mayImport: ['host', 'core', 'shared', 'hardware'],
    bannedPackages: ['electron', ...UI_PACKAGES],
    why: 'The browser host is an adapter of the KioskApi onto a WebSocket: no Electron, no UI code.',
    probe: { file: 'src/host/probe.ts', source: '../main/kiosk-window' },
  },
  {
    from: 'collector',
    mayImport: ['collector', 'core', 'shared'],
    bannedPackages: ['electron', ...UI_PACKAGES, ...HARDWARE_PACKAGES],
    why: 'The reference collector is a server of its own: it shares only core and the contract.',
    probe: { file: 'src/collector/probe.ts', source: '../host/browser-host' },
  },
  {
    from: 'fleet',
    // It reuses the collector's signed-request checks and HTTP plumbing: one verifier of device signatures.
    mayImport: ['fleet', 'collector', 'core', 'shared'],
    bannedPackages: ['electron', ...HARDWARE_PACKAGES],
    why: 'The fleet service is a server of its own: it shares only core, the collector and the contract.',
    probe: { file: 'src/fleet/probe.ts', source: '../main/kiosk-window' },
  },
  {
    from: 'demo',
    mayImport: ['demo', 'core', 'shared', 'hardware', 'host', 'collector'],
    bannedPackages: ['electron', ...UI_PACKAGES],
    why: 'The demo composes the kiosk on simulated devices in Node: never the Electron shell.',
    probe: { file: 'src/demo/probe.ts', source: '../main/kiosk-service' },
  },
  {
    from: 'cli',
    mayImport: ['cli', 'core', 'shared', 'hardware', 'host', 'collector', 'fleet', 'demo'],
    bannedPackages: ['electron', ...UI_PACKAGES],
    why: 'The CLI is an entry point in plain Node: it may start the host, never Electron or the UI.',
    probe: { file: 'src/cli/probe.ts', source: '../renderer/app' },
  },
];
