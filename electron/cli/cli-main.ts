// The command-line uploader: the same engine as the app, for scripts and power users.
// Started by media-uploader.mjs; runs on Node 24 (the Node inside Electron 45), which runs
// this TypeScript directly.

import { providerList, UPLOAD_USAGE } from './upload-usage.ts';
import type { CliIo } from './cli-io.ts';
import { forTerminal } from './terminal-text.ts';

const HELP = `media-uploader: upload images, video and audio to AI services.

${UPLOAD_USAGE}
Other commands:
  media-uploader keys set <provider> [--name NAME]
                                         save a key in the system keychain (typed, not echoed);
                                         several per provider under names, one the default
  media-uploader keys list               each provider's keys: names, ids, default (never a key)
  media-uploader keys default <provider> <name>
                                         the key uploads use when they name none (--key)
  media-uploader keys delete <provider> [--name NAME]
                                         forget a key
  media-uploader keys test <provider> [--name NAME]
                                         check a key with the provider
  media-uploader history [--search TEXT] [--json]
  media-uploader delete <history id or asset id> --provider <provider> [--yes]
                                         delete an upload from memories.ai or HeyGen

Providers:
${providerList()}

Environment:
  ASSEMBLYAI_API_KEY, MEMORIES_API_KEY, WAVESPEED_API_KEY, HEYGEN_API_KEY
                                    a key for this run ("from the environment"); wins over the
                                    default key in the keychain, not over --key
  MEDIA_UPLOADER_DATA_DIR           where the history is kept (default: the app's data folder)
  MEDIA_UPLOADER_KEYCHAIN_SERVICE   keychain entry group (default media-uploader), for tests and scripts
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY the proxy to go through, and the hosts that go direct, as curl
                                    reads them (either case; ALL_PROXY too; http://user:password@host:port)

Exit status: 0 when every file uploaded, 1 when any failed, 2 for a usage error.
`;

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
      (command === undefined ? io.stderr : io.stdout).write(HELP);
      return command === undefined ? 2 : 0;
    default:
      // What was typed is not repeated: it may be a key typed in the wrong place.
      io.stderr.write('That is not a media-uploader command. Run media-uploader --help to see what it can do.\n');
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
    process.stderr.write(`Something went wrong inside media-uploader: ${forTerminal(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  },
);
