// Entry of the face engine inside an Electron utilityProcess. The engine speaks the forked-process
// channel (process.send / 'message'); a utilityProcess has `process.parentPort` instead, so this
// maps one onto the other and then runs the very same engine module: one protocol, two launchers.
interface ParentPort {
  on(event: 'message', listener: (message: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort)
  throw new Error('face-engine-utility-entry runs only inside an Electron utilityProcess');

process.send = ((message: unknown, ...rest: unknown[]) => {
  parentPort.postMessage(message);
  const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
  callback?.();
  return true;
}) as typeof process.send;
// The engine disconnects to say it is done; a utilityProcess just exits.
process.disconnect = () => process.exit(0);
const emit = process.emit.bind(process) as (event: string, ...args: unknown[]) => boolean;
parentPort.on('message', ({ data }) => emit('message', data));

await import('../core/face/engine/face-engine-process');

export {};
