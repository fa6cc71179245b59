/**
 * Reads a PIN for the CLI: typed at the terminal without echo (a new one asked twice), or the first
 * line of a piped standard input. Never from the command line, where it would stay in shell history and `ps`.
 */
import { createInterface } from 'node:readline';
import { STAFF_MESSAGES } from '../shared/i18n/catalog-staff';
import type { LocalizedText } from '../shared/i18n/locale';

/** The PIN could not be read, or the two typed PINs differ. */
export class PinInputError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'PinInputError';
  }
}

const prompt = (text: LocalizedText) => `${text['zh-CN']} ${text.en}`;

function readHidden(input: NodeJS.ReadStream, output: NodeJS.WritableStream, question: string) {
  return new Promise<string>((resolve) => {
    output.write(question);
    input.setRawMode(true);
    input.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === '\u0003' || char === '\u0004') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          output.write('\n');
          return resolve(char === '\u0003' || char === '\u0004' ? '' : typed);
        }
        if (char === '\u007f') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return '';
}

// Typed at the terminal without echo after `question`, or the first line of a piped input.
function readOnePin(
  input: NodeJS.ReadStream,
  output: NodeJS.WritableStream,
  question: LocalizedText,
): Promise<string> {
  return input.isTTY ? readHidden(input, output, prompt(question)) : readFirstLine(input);
}

/** Reads a login PIN from the terminal (once, no echo) or from piped stdin; '' when none was given. */
export function readLoginPin(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): Promise<string> {
  return readOnePin(input, output, STAFF_MESSAGES.pinLoginPrompt);
}

/** Reads the new PIN from the terminal (twice, no echo) or from piped stdin; throws PinInputError. */
export async function readNewPin(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): Promise<string> {
  const first = await readOnePin(input, output, STAFF_MESSAGES.pinPrompt);
  if (!first) throw new PinInputError(STAFF_MESSAGES.pinNotInteractive);
  if (!input.isTTY) return first;
  const second = await readHidden(input, output, prompt(STAFF_MESSAGES.pinRepeatPrompt));
  if (first !== second) throw new PinInputError(STAFF_MESSAGES.pinMismatch);
  return first;
}
