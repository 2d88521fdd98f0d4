// What a CLI command reads and writes, passed in rather than taken from `process`, so tests
// run commands in-process with their own streams and environment.

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(b: boolean): void };
  env: NodeJS.ProcessEnv;
}
