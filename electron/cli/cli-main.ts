// The command-line uploader: the same engine as the app, for scripts and power users.
// Started by media-uploader.mjs; runs on Node 24 (the Node inside Electron 45), which runs
// this TypeScript directly.

import { providerList, uploadUsage } from './upload-usage.ts';
import { cliWords, type CliWords } from './cli-language.ts';
import type { CliIo } from './cli-io.ts';
import { forTerminal } from './terminal-text.ts';

function help(words: CliWords): string {
  return words.t('main.help', { uploadUsage: uploadUsage(words), providers: providerList(words) });
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command loads only what it uses: `keys` and `history` need no HTTP client or queue.
    case 'upload':
      return (await import('./commands/upload.ts')).runUpload(rest, io);
    case 'keys':
      return (await import('./commands/keys.ts')).runKeys(rest, io);
    case 'history':
      return (await import('./commands/history.ts')).runHistory(rest, io);
    case 'delete':
      return (await import('./commands/delete.ts')).runDelete(rest, io);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      (command === undefined ? io.stderr : io.stdout).write(help(cliWords(io.env)));
      return command === undefined ? 2 : 0;
    default:
      // What was typed is not repeated: it may be a key typed in the wrong place.
      io.stderr.write(`${cliWords(io.env).t('main.notACommand')}\n`);
      return 2;
  }
}

const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Unexpected: say so plainly; the message never holds a key (keys are scrubbed where they are used).
    process.stderr.write(`${cliWords(io.env).t('main.somethingWrong', { message: forTerminal(error instanceof Error ? error.message : String(error)) })}\n`);
    process.exitCode = 1;
  },
);
