import type { HidApiNative } from './hid-native';
import type { HidReportProfile } from './hid-report-profile';
import { LinkEvents } from './link-events';
import type { SamLink, SamTransport } from './sam-link';
import { toTransportError, transportFailure } from './transport-failure';

/** A HID reader at `path` whose reports follow `profile`. */
export function createHidTransport(
  api: HidApiNative,
  path: string,
  profile: HidReportProfile,
): SamTransport {
  const description = `hid ${path} (${profile.name})`;
  return { kind: 'hid', description, open: () => openHidLink(api, path, profile, description) };
}

async function openHidLink(
  api: HidApiNative,
  path: string,
  profile: HidReportProfile,
  description: string,
): Promise<SamLink> {
  const device = await api.open(path).catch((error: unknown) => {
    throw toTransportError(error, description);
  });
  const events = new LinkEvents();
  const reassemble = profile.createResponseReassembler();
  const onReport = (report: Buffer): void => {
    const frame = reassemble(new Uint8Array(report));
    if (frame) events.emitData(frame);
  };
  let released: Promise<void> | null = null;
  // The device is closed before the close is reported, so a listener may reopen at once.
  const release = (failure: unknown): Promise<void> =>
    (released ??= (async () => {
      device.off('data', onReport);
      device.off('error', onError);
      await device.close().catch(() => undefined);
      events.emitClose(failure === null ? null : toTransportError(failure, description));
    })());
  // node-hid reports an unplugged device as an 'error' event on its read loop.
  const onError = (error: unknown): void => {
    void release(transportFailure('disconnected', description, error));
  };
  device.on('data', onReport);
  device.on('error', onError);

  return {
    description,
    async send(frame) {
      if (released) throw transportFailure('disconnected', description);
      try {
        for (const report of profile.encodeRequest(frame)) await device.write(Buffer.from(report));
      } catch (error) {
        const failure = toTransportError(error, description);
        if (failure.reason === 'disconnected') await release(failure);
        throw failure;
      }
    },
    onData: (listener) => events.onData(listener),
    onClose: (listener) => events.onClose(listener),
    close: () => release(null),
  };
}
