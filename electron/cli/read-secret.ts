// Reads an API key from standard input without it ever being on a command line (where other
// users can see it in the process list) or on the screen.
//
// On a terminal: raw mode, one `*` per character so a paste is visibly received, Backspace
// works, Enter ends, Ctrl-C or Ctrl-D on an empty line gives up. Piped: the first line.

import type { CliIo } from './cli-io.ts';

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';
const BACKSPACES = new Set(['\u007f', '\b']);
// Arrow keys, function keys and a terminal's paste brackets (ESC [ 200 ~) are not part of a key.
const ESCAPE_SEQUENCES = /\u001b(\[[0-9;?]*[ -/]*[@-~]|O.|.)?/g;

/** The secret, trimmed; undefined when the user gave up or nothing came. */
export async function readSecret(io: CliIo, prompt: string): Promise<string | undefined> {
  const { stdin } = io;
  if (stdin.isTTY === true && typeof stdin.setRawMode === 'function') return readFromTerminal(io, prompt);
  return readFirstLine(stdin);
}

function readFromTerminal(io: CliIo, prompt: string): Promise<string | undefined> {
  const { stdin, stderr } = io;
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | undefined): void => {
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      stderr.write('\n');
      resolve(value === undefined || value.trim() === '' ? undefined : value.trim());
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of chunk.toString().replace(ESCAPE_SEQUENCES, '')) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === CTRL_C || (char === CTRL_D && typed === '')) return finish(undefined);
        if (char === CTRL_U) {
          stderr.write('\b \b'.repeat(typed.length));
          typed = '';
        } else if (BACKSPACES.has(char)) {
          if (typed.length > 0) {
            typed = typed.slice(0, -1);
            stderr.write('\b \b');
          }
        } else if (char >= ' ') {
          typed += char;
          stderr.write('*');
        }
      }
    };
    stderr.write(prompt);
    stdin.setRawMode?.(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

function readFirstLine(stdin: NodeJS.ReadableStream): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let text = '';
    const done = (): void => {
      stdin.removeListener('data', onData);
      stdin.removeListener('end', done);
      stdin.removeListener('error', onError);
      stdin.pause();
      const line = (text.split(/\r?\n/)[0] ?? '').trim();
      resolve(line === '' ? undefined : line);
    };
    const onData = (chunk: Buffer | string): void => {
      text += chunk.toString();
      if (text.includes('\n')) done();
    };
    const onError = (error: Error): void => reject(error);
    stdin.on('data', onData);
    stdin.once('end', done);
    stdin.once('error', onError);
    stdin.resume();
  });
}
