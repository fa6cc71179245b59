import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock, utilityProcess } from '../../support/electron-mock';
import { forkUtilityEngine } from '../../../src/main/face-engine-utility';

vi.mock('electron', () => import('../../support/electron-mock'));

describe('face engine in a utilityProcess', () => {
  beforeEach(resetElectronMock);

  it('forks the engine entry with its options in FACE_ENGINE_OPTIONS, as the forked process gets them', () => {
    forkUtilityEngine('/app/dist/face-engine.mjs', { modelsDir: '/app/models', threads: 2 });
    const [child] = utilityProcess.forked;
    expect(child?.modulePath).toBe('/app/dist/face-engine.mjs');
    expect(child?.options).toMatchObject({ serviceName: 'kiosk-face-engine' });
    const env = child?.options?.env as Record<string, string>;
    expect(JSON.parse(env.FACE_ENGINE_OPTIONS!)).toEqual({ modelsDir: '/app/models', threads: 2 });
  });

  it('carries the message protocol both ways', () => {
    const handle = forkUtilityEngine('/e.mjs', { modelsDir: '/m' });
    const received: unknown[] = [];
    handle.on('message', (message) => received.push(message));
    const [child] = utilityProcess.forked;
    child?.emit('message', { kind: 'ready' });
    handle.send({ kind: 'shutdown' });
    expect(received).toEqual([{ kind: 'ready' }]);
    expect(child?.posted).toEqual([{ kind: 'shutdown' }]);
    expect(handle.pid).toBe(4242);
  });

  it('reports a crash as an exit code, and a kill it asked for as that signal', () => {
    const crashed = forkUtilityEngine('/e.mjs', { modelsDir: '/m' });
    const exits: unknown[] = [];
    crashed.on('exit', (code, signal) => exits.push([code, signal]));
    utilityProcess.forked[0]?.emit('exit', 134);
    expect(exits).toEqual([[134, null]]);
    expect(crashed.exitCode).toBe(134);

    const killed = forkUtilityEngine('/e.mjs', { modelsDir: '/m' });
    killed.on('exit', (code, signal) => exits.push([code, signal]));
    killed.kill('SIGKILL');
    utilityProcess.forked[1]?.emit('exit', 0);
    expect(utilityProcess.forked[1]?.kill).toHaveBeenCalled();
    expect(exits.at(-1)).toEqual([null, 'SIGKILL']);
  });
});
