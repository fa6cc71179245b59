import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PinInputError, readLoginPin, readNewPin } from '../../../src/cli/read-pin';

// A piped standard input, or a terminal in raw mode, carrying what the person typed.
function input(text: string, tty: boolean, ended = true): NodeJS.ReadStream & PassThrough {
  const stream = new PassThrough() as unknown as NodeJS.ReadStream & PassThrough;
  Object.assign(stream, { isTTY: tty, setRawMode: () => stream });
  if (ended) stream.end(text);
  else stream.write(text);
  return stream;
}

function output() {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  return { stream, written: () => written };
}

describe('reading a PIN at the command line', () => {
  it('takes the first line of a piped input, for a login and for a new PIN alike', async () => {
    expect(await readLoginPin(input(' 482915 \nsecond line\n', false), output().stream)).toBe(
      '482915',
    );
    expect(await readNewPin(input('730164\n', false), output().stream)).toBe('730164');
  });

  it('asks once at a terminal for a login, without echoing what is typed', async () => {
    const said = output();
    expect(await readLoginPin(input('4829\u007f15\r', true), said.stream)).toBe('48215');
    expect(said.written()).toContain('PIN: ');
    expect(said.written()).not.toContain('48215');
  });

  it('asks twice at a terminal for a new PIN and refuses two that differ', async () => {
    // A terminal delivers keystrokes as typed: the repeat comes after its prompt.
    const typing = async (first: string, second: string) => {
      const terminal = input(first, true, false);
      const said = output();
      said.stream.on('data', (chunk: Buffer) => {
        if (chunk.toString('utf8').includes('Repeat')) terminal.end(second);
      });
      return readNewPin(terminal, said.stream);
    };
    expect(await typing('730164\r', '730164\r')).toBe('730164');
    await expect(typing('730164\r', '730165\r')).rejects.toThrow(PinInputError);
  });

  it('refuses an empty new PIN', async () => {
    await expect(readNewPin(input('', false), output().stream)).rejects.toThrow(PinInputError);
  });
});
