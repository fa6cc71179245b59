// The SAM protocol's public surface: the client, the commands and their typed results and errors.
export { SamClient, type SamClientOptions } from './sam-client';
export type { SamTimers } from './sam-timers';
export type { SamCommand, SamCommandRunner, RunOptions } from './sam-command';
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
  type FindCardResult,
} from './sam-commands';
export type { BaseInfo } from './base-info';
export {
  BAUD_RATE_CODES,
  DEFAULT_TIMEOUTS_MS,
  type SamBaudRate,
  type SamCommandName,
} from './command-codes';
export { SamClosedError, SamPayloadError, SamStatusError, SamTimeoutError } from './sam-errors';
export type { SamPayloadFault, SamStatusReason } from './sam-errors';
export { FrameError, type FrameFault } from './frame-error';
export type { SamFailureReason, SamRecovery } from './status-words';
export { createResponseDecoder, type ResponseFrame } from './response-frame';
export type { FrameDecoder } from './frame-scanner';
export { TransportError } from '../transport/sam-link';
