// Runs the real CLI as a child process (the way a script would), with a private data folder
// and keychain service so tests never touch a user's own history or keys. It speaks English
// (LANG=C) unless a test names another language: the machine's own LANG is not passed on.

import { fileURLToPath } from 'node:url';
import { runProcess, type ProcessOptions, type ProcessRun } from '../fixtures/run-process.ts';

export const CLI_PATH = fileURLToPath(new URL('../../electron/cli/media-uploader.mjs', import.meta.url));

export type CliRun = ProcessRun;

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string, onStart?: ProcessOptions['onStart']): Promise<CliRun> {
  return runProcess(process.execPath, [CLI_PATH, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DBUS_SESSION_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS, LANG: 'C', ...env },
    ...(input !== undefined && { input }),
    ...(onStart !== undefined && { onStart }),
  });
}
