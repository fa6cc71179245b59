import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('face engine utilityProcess entry', () => {
  it('runs the real engine over a parentPort: ready with the real models, then a clean exit on shutdown', async () => {
    const child = fork(resolve(import.meta.dirname, 'parent-port-host.ts'), [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      env: {
        ...process.env,
        FACE_ENGINE_OPTIONS: JSON.stringify({ modelsDir: resolve(ROOT, 'models'), threads: 1 }),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    const first = await new Promise<unknown>((done) => child.once('message', done));
    expect(first).toEqual({ kind: 'ready' });
    child.send({ kind: 'shutdown' });
    expect(await exited).toBe(0);
  }, 60_000);
});
