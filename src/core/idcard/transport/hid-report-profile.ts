import { HEADER_BYTES, PREAMBLE } from '../protocol/frame-format';

/**
 * How one HID reader model carries SAM frames in its reports. There is no standard mapping
 * (protocol doc §6): every model gets its own profile, captured from the vendor tool's traffic.
 */
export interface HidReportProfile {
  readonly name: HidProfileName;
  /** Turns one SAM request frame into the output reports to write (report ID first). */
  encodeRequest(frame: Uint8Array): Uint8Array[];
  /** A stateful reassembler: feed input reports, get a complete SAM response frame when one ends. */
  createResponseReassembler(): (report: Uint8Array) => Uint8Array | null;
}

/** Names of the implemented HID profiles. */
export type HidProfileName = 'icbc-64';

const REPORT_BYTES = 64;
const PREFIX_BYTES = 2;
const CHUNK_BYTES = REPORT_BYTES - PREFIX_BYTES;

/**
 * The ICBC-type bank HID reader as handled in libzhouyb (protocol doc §6) — [U] unverified on
 * hardware. Report ID 0, 64-byte reports; each report is `COUNT_H COUNT_L` (bytes of payload in
 * this report, 0..62) followed by the payload and zero padding. The payload is the SAM frame
 * without preamble and LEN (request: CMD PARA DATA CHK; response: SW1 SW2 SW3 DATA CHK); the host
 * re-adds them. A message ends with the first report carrying fewer than 62 bytes (a report with
 * count 0 ends a payload whose length is a multiple of 62), as a USB short packet would.
 */
export const ICBC_64_PROFILE: HidReportProfile = {
  name: 'icbc-64',
  encodeRequest(frame) {
    const payload = frame.subarray(HEADER_BYTES);
    const reports: Uint8Array[] = [];
    for (let offset = 0; ; offset += CHUNK_BYTES) {
      const chunk = payload.subarray(offset, offset + CHUNK_BYTES);
      const report = new Uint8Array(1 + REPORT_BYTES); // byte 0: report ID 0
      report[1] = chunk.length >> 8;
      report[2] = chunk.length & 0xff;
      report.set(chunk, 1 + PREFIX_BYTES);
      reports.push(report);
      if (chunk.length < CHUNK_BYTES) return reports;
    }
  },
  createResponseReassembler() {
    let parts: Uint8Array[] = [];
    return (report) => {
      const count = Math.min(
        ((report[0] ?? 0) << 8) | (report[1] ?? 0),
        CHUNK_BYTES,
        Math.max(0, report.length - PREFIX_BYTES),
      );
      parts.push(report.subarray(PREFIX_BYTES, PREFIX_BYTES + count));
      if (count === CHUNK_BYTES) return null;
      const payloadBytes = parts.reduce((sum, part) => sum + part.length, 0);
      const frame = new Uint8Array(HEADER_BYTES + payloadBytes);
      frame.set(PREAMBLE, 0);
      frame[5] = payloadBytes >> 8;
      frame[6] = payloadBytes & 0xff;
      let offset = HEADER_BYTES;
      for (const part of parts) {
        frame.set(part, offset);
        offset += part.length;
      }
      parts = [];
      return frame;
    };
  },
};

/** Every implemented profile by name, for configuration. */
export const HID_PROFILES: { readonly [N in HidProfileName]: HidReportProfile } = {
  'icbc-64': ICBC_64_PROFILE,
};
