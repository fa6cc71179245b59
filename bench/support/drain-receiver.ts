// The receiving side of a drain bench: a platform's reference receiver in its own process (as a
// platform would be: its fsyncs and its CPU are not the kiosk's), started through `kiosk
// collector`, and what it holds once stopped.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCollectorDb } from '../../src/collector/collector-db';
import type { PlatformName } from '../../src/shared/config/upload-platform-schema';
import { storeTestCredentials } from '../../test/support/platform-peers';
import type { UploadTestStore } from '../../test/support/upload-store';
import { processCpuSeconds } from './proc-stat';

/** A running receiver: its base URL, and a stop that returns the ids it holds in arrival order. */
export interface DrainReceiver {
  readonly url: string;
  /** CPU seconds (user + system) the receiver's process has used so far (Linux /proc). */
  cpuSeconds(): number;
  stop(): Promise<string[]>;
}

/** How to start it; `profileDir` runs it under `--cpu-prof` with the profile written there. */
export interface DrainReceiverOptions {
  readonly platform: PlatformName;
  readonly store: UploadTestStore;
  readonly dir: string;
  readonly profileDir?: string;
}

/** Registers the store's device key or integrator credentials with a new receiver and starts it. */
export async function startDrainReceiver(options: DrainReceiverOptions): Promise<DrainReceiver> {
  const { platform, store, dir } = options;
  const db = join(dir, 'collector.db');
  const peerFile = join(dir, 'peer.json');
  const key = store.deviceKey;
  writeFileSync(
    peerFile,
    JSON.stringify(
      platform === 'reference'
        ? [{ publicKey: key.publicKeySpki.toString('base64') }]
        : storeTestCredentials(store),
    ),
  );
  const peerArgs =
    platform === 'reference'
      ? ['--keys', peerFile]
      : ['--platform', platform, '--credentials', peerFile];
  const profile = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir] : [];
  const child = spawn(
    process.execPath,
    [
      ...profile,
      '--import',
      'tsx',
      'src/cli/main.ts',
      'collector',
      '--db',
      db,
      '--port',
      '0',
    ].concat(peerArgs),
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const found = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(seen)?.[0];
      if (!found) return;
      // Nothing else is read from it: the rest of its output must not pile up in this process.
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve(found);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`collector exited with ${code}`)));
  });
  return {
    url,
    cpuSeconds: () => processCpuSeconds(child.pid ?? 0),
    async stop() {
      child.kill('SIGINT');
      await once(child, 'exit');
      const held = openCollectorDb(db);
      try {
        return held.listRecords().map((record) => record.recordId);
      } finally {
        held.close();
      }
    },
  };
}
