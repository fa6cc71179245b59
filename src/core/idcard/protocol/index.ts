// The SAM protocol's public surface: the client, the commands and their typed results and errors.
export { SamClient, type SamClientOptions } from './sam-client';
export type { SamCommandRunner } from './sam-command';
export {
  resetSam,
  checkSamStatus,
  readSamId,
  findCard,
  selectCard,
  readBaseInfo,
  readBaseInfoWithFingerprint,
  readAppendedAddress,
  setBaudRate,
  setMaxRfFrame,
} from './sam-commands';
export { type SamBaudRate } from './command-codes';
export { SamClosedError, SamPayloadError, SamStatusError, SamTimeoutError } from './sam-errors';
export { FrameError } from './frame-error';
export { TransportError } from '../transport/sam-link';
