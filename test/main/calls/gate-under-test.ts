// The real call gate over the real handlers, a real upload queue and settings file in a temp
// folder, and an in-memory key store, with the desktop (dialogs, browser) recorded and answered
// by the test. What the core did (its queue, its keys) is how a test sees what a call reached.

import { UploadQueue } from '../../../electron/core/queue/upload-queue.ts';
import { createCallGate, type CallGate, type CallerFrame } from '../../../electron/main/calls/call-gate.ts';
import { createHandlers } from '../../../electron/main/calls/call-handlers.ts';
import { PastedImages } from '../../../electron/main/desktop/pasted-images.ts';
import { KeyCheckStore } from '../../../electron/main/settings/key-checks.ts';
import { createKeyBook } from '../../../electron/core/keys/key-book.ts';
import { keyIdSalt } from '../../../electron/core/keys/key-id.ts';
import { SettingsStore } from '../../../electron/main/settings/settings-store.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import type { KeyTestResult } from '../../../shared/settings-types.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';
import { memorySecretStore } from '../../fixtures/memory-secret-store.ts';
import type { HandlerDeps, HistoryPort, QueuePort } from '../../../electron/main/calls/call-ports.ts';

export const APP_PAGE = 'app://media-uploader/index.html';
export const WINDOW: CallerFrame = { url: APP_PAGE, isAppWindowMainFrame: true };

export interface GateSetup {
  readonly platform?: NodeJS.Platform;
  readonly now?: () => number;
  /** Keys saved before the first call. */
  readonly keys?: Partial<Record<ProviderId, string>>;
  /** Stands in for the real queue (e.g. with finished uploads); default: a real empty queue. */
  readonly queue?: QueuePort;
  readonly history?: HistoryPort;
}

export interface GateUnderTest {
  readonly gate: CallGate;
  /** A temp folder for the test's files, removed by close(). */
  readonly dir: string;
  readonly queue: QueuePort;
  readonly keys: ReturnType<typeof memorySecretStore>;
  /** What was handed to the system browser. */
  readonly opened: string[];
  /** What the gate noted for a developer. */
  readonly log: string[];
  /** Every native question about a saved key, as [change, provider name]. */
  /** The key questions main asked: what, of which provider, and the key's ending it showed. */
  /** change, provider, the key's last four characters (where one came in), the key's name (where the window named one) */
  readonly keyQuestions: [string, string, string?, string?][];
  /** What the "Add files…" dialog chooses next. */
  dialogFiles: readonly string[];
  /** How the person answers key questions. */
  keyAnswer: 'change' | 'keep';
  /** What the provider answers to the next key checks (default: the key works). */
  keyCheckAnswer: KeyTestResult;
  /** How many key checks were made. */
  readonly keyChecksMade: () => number;
  close(): Promise<void>;
}

const NO_HISTORY: HistoryPort = {
  search: () => ({ entries: [], total: 0, uploaded: 0, failed: 0, uploadedLater: [] }),
  restore: async () => undefined,
  all: () => [],
  remove: async () => undefined,
  clear: async () => undefined,
  amend: async () => undefined,
};

export async function gateUnderTest(setup: GateSetup = {}): Promise<GateUnderTest> {
  const dir = await makeTempDir('media-uploader-gate-');
  const settings = await SettingsStore.open(dir);
  const keys = memorySecretStore(setup.keys);
  const keyBook = createKeyBook(keys, { salt: await keyIdSalt(dir) });
  const queue = setup.queue ?? new UploadQueue({ getKey: (p) => keys.get(p), keys: keyBook, settings: () => settings.get() });
  const opened: string[] = [];
  const log: string[] = [];
  const keyQuestions: [string, string, string?, string?][] = [];
  let checks = 0;
  const deps: HandlerDeps = {
    queue,
    keys,
    keyBook,
    settings,
    history: setup.history ?? NO_HISTORY,
    desktop: {
      pickMediaFiles: async () => {
        const chosen = under.dialogFiles;
        under.dialogFiles = [];
        return chosen;
      },
      pickExportPath: async () => undefined,
      confirmKeyChange: async (change, providerName, keyEnding, keyName) => {
        const asked: [string, string, string?, string?] = keyEnding === undefined ? [change, providerName] : [change, providerName, keyEnding];
        if (keyName !== undefined) asked.push(...(keyEnding === undefined ? [undefined, keyName] : [keyName]));
        keyQuestions.push(asked);
        return under.keyAnswer === 'change';
      },
      confirmDeleteUpload: async () => false,
      showInFolder: async () => undefined,
      thumbnail: async () => undefined,
      openExternal: async (url) => {
        opened.push(url);
      },
      // No paste keys were pressed in a gate test.
      readPastedImage: async () => undefined,
      copyText: async () => undefined,
    },
    pastedImages: new PastedImages(dir),
    keyChecks: await KeyCheckStore.open(dir),
    checkKey: async () => {
      checks += 1;
      return under.keyCheckAnswer;
    },
    exportHistory: async () => undefined,
    emit: () => undefined,
    ...(setup.platform !== undefined && { platform: setup.platform }),
    ...(setup.now !== undefined && { now: setup.now }),
  };
  const under: GateUnderTest = {
    gate: createCallGate(createHandlers(deps), { appPage: APP_PAGE, log: (line) => log.push(line) }),
    dir,
    queue,
    keys,
    opened,
    log,
    keyQuestions,
    dialogFiles: [],
    keyAnswer: 'change',
    keyCheckAnswer: { ok: true, message: 'fine' },
    keyChecksMade: () => checks,
    close: () => removeDir(dir),
  };
  return under;
}

/** The value of a successful reply; a refusal fails the test with its sentence. */
export function valueOf<T>(reply: Awaited<ReturnType<CallGate>>): T {
  if (!reply.ok) throw new Error(`The call was refused: ${reply.error}`);
  return reply.value as T;
}
