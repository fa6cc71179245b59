// CMD/PARA codes and timeouts of the protocol document (§2), shared by the client and the emulator.

/** Every command the kiosk sends to a SAM. */
export type SamCommandName =
  | 'reset'
  | 'status'
  | 'sam-id'
  | 'find-card'
  | 'select-card'
  | 'read-base-info'
  | 'read-base-info-fingerprint'
  | 'read-appended-address'
  | 'set-baud-rate'
  | 'set-max-rf-frame';

/** CMD and PARA of each command; `null` PARA carries an argument (the baud rate code). */
export const COMMAND_CODES: {
  readonly [N in SamCommandName]: readonly [cmd: number, para: number | null];
} = {
  reset: [0x10, 0xff],
  status: [0x11, 0xff],
  'sam-id': [0x12, 0xff],
  'find-card': [0x20, 0x01],
  'select-card': [0x20, 0x02],
  'read-base-info': [0x30, 0x01],
  'read-base-info-fingerprint': [0x30, 0x10],
  'read-appended-address': [0x30, 0x03],
  'set-baud-rate': [0x60, null],
  'set-max-rf-frame': [0x61, 0xff],
};

/** Default timeout of each command in ms, within the ranges vendor code uses. */
export const DEFAULT_TIMEOUTS_MS: { readonly [N in SamCommandName]: number } = {
  reset: 3000,
  status: 500,
  'sam-id': 500,
  'find-card': 500,
  'select-card': 500,
  'read-base-info': 3500,
  'read-base-info-fingerprint': 3500,
  'read-appended-address': 1500,
  'set-baud-rate': 500,
  'set-max-rf-frame': 500,
};

const ENTRIES = Object.entries(COMMAND_CODES) as [
  SamCommandName,
  readonly [number, number | null],
][];
const BY_CODE = new Map(
  ENTRIES.map(([name, [cmd, para]]) => [(cmd << 8) | (para ?? 0x100), name] as const),
);

/** Which command a CMD/PARA pair is, or null when the SAM does not know it. */
export function identifyCommand(cmd: number, para: number): SamCommandName | null {
  // Commands whose PARA is an argument are keyed with the out-of-range PARA 0x100.
  return BY_CODE.get((cmd << 8) | para) ?? BY_CODE.get((cmd << 8) | 0x100) ?? null;
}

/** Baud rates a SAM UART can be switched to, with their `60 xx` parameter. */
export const BAUD_RATE_CODES = {
  115200: 0x00,
  57600: 0x01,
  38400: 0x02,
  19200: 0x03,
  9600: 0x04,
} as const;

/** A baud rate a SAM supports. */
export type SamBaudRate = keyof typeof BAUD_RATE_CODES;

/** The baud rate of a `60 xx` parameter, or null when the code is not one of the five. */
export function baudRateOfCode(code: number): SamBaudRate | null {
  const entry = Object.entries(BAUD_RATE_CODES).find(([, value]) => value === code);
  return entry ? (Number(entry[0]) as SamBaudRate) : null;
}
