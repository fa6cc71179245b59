// Runs the utilityProcess engine entry in a plain forked Node process: `process.parentPort` is
// built from the fork's IPC channel, as Electron builds it from its own message port.
const forward = process.send!.bind(process);
const listeners: ((message: { data: unknown }) => void)[] = [];
let delivering = false;
process.on('message', (data) => {
  // The entry re-emits each delivered message on `process`; that echo must not come back here.
  if (delivering) return;
  delivering = true;
  for (const listener of listeners) listener({ data });
  delivering = false;
});
Object.assign(process, {
  parentPort: {
    on: (_event: 'message', listener: (message: { data: unknown }) => void) =>
      listeners.push(listener),
    postMessage: (message: unknown) => forward(message as never),
  },
});
await import('../../../src/main/face-engine-utility-entry');

export {};
