// The socat pseudo-terminal pair the reader integration tests run on (shared with the demo).
export {
  startSocatPty,
  type PtyLinks,
  type PtyPair,
} from '../../src/core/idcard/transport/socat-pty-pair';
